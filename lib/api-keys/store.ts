import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { generateApiKey } from "./keys";

/**
 * Database operations on API keys, shared by the server actions and the
 * `npm run apikey` command. They do not check permissions: callers do.
 */
export async function unsafeInsertApiKey(
  tx: Executor,
  input: { name: string; scopes: string[]; createdBy: string | null; now: Date },
) {
  const generated = generateApiKey();
  const [row] = await tx
    .insert(apiKeys)
    .values({
      name: input.name,
      scopes: input.scopes,
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      createdBy: input.createdBy,
      createdAt: input.now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return { row, key: generated.key };
}

export async function unsafeRevokeApiKey(tx: Executor, id: string, now: Date) {
  const [before] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for("update");
  if (!before) return null;
  const [after] = await tx
    .update(apiKeys)
    .set({ revokedAt: before.revokedAt ?? now })
    .where(eq(apiKeys.id, id))
    .returning();
  return { before, after: after! };
}

export async function unsafeListApiKeys(db: Executor) {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
}

/** What may be shown or logged about a key: never its hash. */
export function apiKeyView(row: typeof apiKeys.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}
export type ApiKeyDTO = ReturnType<typeof apiKeyView>;
