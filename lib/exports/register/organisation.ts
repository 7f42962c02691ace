import { rowsOf, type Executor } from "@/db/client";
import { sql } from "drizzle-orm";

/** The organisation named at the head of a register export (null before it is set up). */
export async function readOrganisation(db: Executor): Promise<{ name: string; dpoContact: string } | null> {
  const [row] = rowsOf<{ name: string; dpo_contact: string }>(
    await db.execute(sql`select name, dpo_contact from organisation limit 1`),
  );
  return row ? { name: row.name, dpoContact: row.dpo_contact } : null;
}
