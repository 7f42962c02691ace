/**
 * Session time limits, DB-free (the proxy uses them too): a session ends 8 hours
 * after sign-in whatever happens, and after `VIGIE_SESSION_IDLE_MINUTES` (default
 * 30) without a request.
 */
export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;
const DEFAULT_IDLE_MINUTES = 30;

export function sessionIdleSeconds(source: Record<string, string | undefined> = process.env): number {
  const minutes = Number(source.VIGIE_SESSION_IDLE_MINUTES);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_IDLE_MINUTES) * 60;
}

/** What a Vigie session token carries besides Auth.js's own claims. */
export interface SessionClaims {
  sub?: string;
  /** The user's session version at sign-in. */
  sv?: number;
  /** Sign-in time, seconds since the epoch. */
  authTime?: number;
  /** Last request seen, seconds since the epoch. */
  seen?: number;
}

/** True while the token is within both limits at `now`. A token without them (older format) is not. */
export function withinSessionLimits(token: SessionClaims, now: Date, idleSeconds = sessionIdleSeconds()): boolean {
  const at = now.getTime() / 1000;
  if (typeof token.authTime !== "number" || typeof token.seen !== "number") return false;
  return at - token.authTime < SESSION_ABSOLUTE_SECONDS && at - token.seen < idleSeconds && token.authTime <= at + 60;
}

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
