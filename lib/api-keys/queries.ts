import "server-only";
import { getDb, type Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { ApiKeyListItem } from "./dto";
import { apiKeyView, unsafeListApiKeys } from "./store";

export async function listApiKeys(actor: Actor, db: Executor = getDb()): Promise<ApiKeyListItem[]> {
  assertCan(actor, "apiKeys:manage");
  const rows = await unsafeListApiKeys(db);
  return rows.map((row) => {
    const view = apiKeyView(row);
    return {
      ...view,
      createdAt: view.createdAt.toISOString(),
      lastUsedAt: view.lastUsedAt?.toISOString() ?? null,
      revokedAt: view.revokedAt?.toISOString() ?? null,
    };
  });
}
