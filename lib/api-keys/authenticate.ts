import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import { bearerToken, hashApiKey } from "./keys";

export interface ApiClient {
  keyId: string;
  name: string;
  scopes: string[];
}

export type ApiAuthResult = { ok: true; client: ApiClient } | { ok: false; response: Response };

function refusal(status: 401 | 403, message: string): Response {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="vigie"';
  return new Response(JSON.stringify({ error: message }), { status, headers });
}

/**
 * The one check for machine callers: `Authorization: Bearer <key>`, known, not
 * revoked, holding `scope`. A refusal writes nothing (401 unknown or revoked
 * key, 403 missing scope); success records the key's last use.
 */
export async function authenticateApiKey(request: Request, scope: ApiKeyScope, options: { db?: Db; now?: Date } = {}): Promise<ApiAuthResult> {
  const db = options.db ?? getDb();
  const token = bearerToken(request.headers.get("authorization"));
  if (!token) return { ok: false, response: refusal(401, "Missing or malformed Authorization: Bearer <API key> header") };
  const [key] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, hashApiKey(token)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!key) return { ok: false, response: refusal(401, "Unknown or revoked API key") };
  if (!key.scopes.includes(scope)) return { ok: false, response: refusal(403, `This API key lacks the scope ${scope}`) };
  await db.update(apiKeys).set({ lastUsedAt: options.now ?? new Date() }).where(eq(apiKeys.id, key.id));
  return { ok: true, client: { keyId: key.id, name: key.name, scopes: key.scopes } };
}
