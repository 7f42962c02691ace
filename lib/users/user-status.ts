import { isoDateInZone } from "@/lib/time/zone-days";

/** Client-safe helpers for showing and editing accounts. */
export type UserStatus = "active" | "deactivated" | "expired";

export function userStatus(user: { isActive: boolean; isExpired: boolean }): UserStatus {
  if (!user.isActive) return "deactivated";
  return user.isExpired ? "expired" : "active";
}

/**
 * The value for an `<input type="date">` showing an expiry instant: its day in
 * the organisation's zone (the inverse of `expiryInstant`, which stores the end
 * of that day), or "" for none.
 */
export function expiryDateInputValue(iso: string | null, timeZone = "Europe/Paris"): string {
  if (!iso) return "";
  return isoDateInZone(new Date(iso), timeZone);
}
