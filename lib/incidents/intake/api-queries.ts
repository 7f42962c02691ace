import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { incidents } from "@/db/schema";
import { toApiIncident, type ApiIncident } from "./api-mapping";
import { clocksOf } from "../store";

/**
 * The API representation of an incident by reference. Unsafe: it checks no permission — callers
 * authenticate first (API key scope `incidents:read` or a session holding `incidents:read`).
 */
export async function unsafeIncidentForApi(
  reference: string,
  now: Date,
  db: Executor = getDb(),
): Promise<ApiIncident | null> {
  const [row] = await db.select().from(incidents).where(eq(incidents.reference, reference)).limit(1);
  if (!row) return null;
  const { notifications, clocks } = await clocksOf(db, row, now);
  return toApiIncident(row, notifications, clocks);
}
