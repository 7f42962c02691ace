import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";

export const THROTTLE_WINDOW_SECONDS = 60;
const DEFAULT_ATTEMPTS_PER_WINDOW = 20;

/** Sign-in attempts allowed per client address per minute (`VIGIE_SIGN_IN_RATE`, default 20). */
export function signInRate(source: Record<string, string | undefined> = process.env): number {
  const value = Number(source.VIGIE_SIGN_IN_RATE);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_ATTEMPTS_PER_WINDOW;
}

/**
 * Count one sign-in attempt from `address` in one atomic statement and return
 * how many this address has made in the current one-minute window. Taken before
 * anything else, so whatever the concurrency an address gets at most `rate`
 * attempts — password checks and audit entries — per window.
 */
export async function countSignInAttempt(db: Executor, address: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const rows = rowsOf<{ attempts: number }>(
    await db.execute(sql`
      insert into sign_in_throttle as t (address, window_start, attempts) values (${address}, ${at}::timestamptz, 1)
      on conflict (address) do update set
        attempts = case when t.window_start <= ${at}::timestamptz - make_interval(secs => ${THROTTLE_WINDOW_SECONDS}) then 1 else t.attempts + 1 end,
        window_start = case when t.window_start <= ${at}::timestamptz - make_interval(secs => ${THROTTLE_WINDOW_SECONDS}) then ${at}::timestamptz else t.window_start end
      returning attempts`),
  );
  return Number(rows[0]?.attempts ?? 1);
}

/**
 * Reserve one guess for an e-mail address before its password is checked, in
 * one atomic statement: the count goes up first, so parallel guesses each see
 * their own number and at most `max` are ever checked before the lock. The
 * guess that reaches `max` sets the lock; a lock that has run out starts a
 * fresh count; guesses during a lock neither extend it nor get checked.
 */
export async function reserveGuess(db: Executor, email: string, now: Date, max: number, lockMinutes: number) {
  const at = now.toISOString();
  const lockEnd = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
  const rows = rowsOf<{ failed_count: number; locked_until: string | Date | null }>(
    await db.execute(sql`
      insert into login_attempts as a (email, failed_count, last_failed_at, locked_until)
      values (${email}, 1, ${at}::timestamptz, case when 1 >= ${max}::int then ${lockEnd}::timestamptz end)
      on conflict (email) do update set
        failed_count = case when a.locked_until <= ${at}::timestamptz then 1 else a.failed_count + 1 end,
        locked_until = case
          when a.locked_until <= ${at}::timestamptz then case when 1 >= ${max}::int then ${lockEnd}::timestamptz end
          when a.locked_until is not null then a.locked_until
          when a.failed_count + 1 >= ${max}::int then ${lockEnd}::timestamptz
        end,
        last_failed_at = ${at}::timestamptz
      returning failed_count, locked_until`),
  );
  const row = rows[0]!;
  return { failedCount: Number(row.failed_count), lockedUntil: row.locked_until ? new Date(row.locked_until) : null };
}
