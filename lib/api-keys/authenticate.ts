import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import type { AuditActor } from "@/lib/audit/write";
import { bearerToken, hashApiKey } from "./keys";

/** The machine behind a request: the front door's counterpart of a signed-in `Actor`. */
export interface ApiActor {
  keyId: string;
  name: string;
  scopes: string[];
  /** How the key appears in the audit log and timelines: `API key "SIEM" (uuid)`. */
  label: string;
}

export function apiActorLabel(key: { id: string; name: string }): string {
  return `API key "${key.name}" (${key.id})`;
}

/** The audit log's actor for a key: no user id, the key's label. */
export function apiAuditActor(actor: ApiActor): AuditActor {
  return { id: null, label: actor.label };
}

export type ApiAuthResult =
  { ok: true; actor: ApiActor } | { ok: false; code: "UNAUTHORIZED" | "FORBIDDEN"; message: string };

/** Record a key's last use: a write like any other, inside a transaction. */
export async function recordApiKeyUse(tx: Tx, keyId: string, now: Date): Promise<void> {
  await tx.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, keyId));
}

/**
 * The one check for machine callers: `Authorization: Bearer <key>`, known, not revoked, holding
 * `scope`. A refusal writes nothing (UNAUTHORIZED: missing, unknown or revoked key; FORBIDDEN:
 * missing scope); success records the key's last use.
 */
export async function authenticateApiKey(
  request: Request,
  scope: ApiKeyScope,
  options: { db?: Db; now?: Date } = {},
): Promise<ApiAuthResult> {
  const db = options.db ?? getDb();
  const token = bearerToken(request.headers.get("authorization"));
  if (!token)
    return { ok: false, code: "UNAUTHORIZED", message: "Missing or malformed Authorization: Bearer <API key> header" };
  const [key] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, hashApiKey(token)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!key) return { ok: false, code: "UNAUTHORIZED", message: "Unknown or revoked API key" };
  if (!key.scopes.includes(scope))
    return { ok: false, code: "FORBIDDEN", message: `This API key lacks the scope ${scope}` };
  await db.transaction((tx) => recordApiKeyUse(tx, key.id, options.now ?? new Date()));
  return { ok: true, actor: { keyId: key.id, name: key.name, scopes: key.scopes, label: apiActorLabel(key) } };
}
