import { count, eq } from "drizzle-orm";
import { beforeAll } from "vitest";
import { users } from "@/db/schema";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

/**
 * The shared setup of the users integration tests: a test database with one acting user per role,
 * and the reads the tests assert on. Call it at the top level of a test file (it registers hooks).
 */
export function useUsersTestKit() {
  const database = useTestDatabase();
  const db = () => database.current.handle.db;
  const ids: Record<"dpo" | "security" | "auditor", string> = { dpo: "", security: "", auditor: "" };

  async function userRow(id: string) {
    const [row] = await db().select().from(users).where(eq(users.id, id));
    return row!;
  }

  async function userCount() {
    const [row] = await db().select({ value: count() }).from(users);
    return row!.value;
  }

  /** Everything a refused write could have touched: the target row, the user count and the audit log. */
  async function snapshot(id: string) {
    return { row: await userRow(id), users: await userCount(), audit: await auditCount(db()) };
  }

  async function lastEntry(action: string) {
    return (await auditEntries(db(), action)).at(-1)!;
  }

  beforeAll(async () => {
    for (const role of ["dpo", "security", "auditor"] as const)
      ids[role] = (await unsafeCreateUser(db(), { role, name: `Acting ${role}` })).id;
  });

  return { db, ids, userRow, userCount, snapshot, lastEntry };
}
