import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** True when the database answers a trivial query within two seconds. */
export async function checkDatabase(timeoutMs = 2_000): Promise<boolean> {
  try {
    const ping = getDb().execute(sql`select 1`);
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("timeout")), timeoutMs).unref(),
    );
    await Promise.race([ping, timeout]);
    return true;
  } catch {
    return false;
  }
}
