import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { apiAuditActor, authenticateApiKey, type ApiActor } from "@/lib/api-keys/authenticate";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { can, type ApiKeyScope, type Permission } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { appendAudit } from "@/lib/audit/write";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { errorResponse, failureResponse } from "./route-errors";

export { actionErrorResponse, RouteError, errorResponse } from "./route-errors";
export { readForm, readJson, readJsonItems, readQuery } from "./route-body";
export { apiAuditActor, type ApiActor };

/**
 * The two front doors of route handlers, one house behind them: a person (session cookie,
 * `withActor`) or a machine (API key, `withApiKey`). Both answer refusals and failures with the
 * one error body (`route-errors.ts`), read bodies with the same limits (`route-body.ts`: throw
 * from the handler, the door answers), and log a failure's cause only, with a request id.
 */
function scopeOf(request: Request): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}

async function guarded(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return failureResponse(error, scopeOf(request), randomUUID());
  }
}

/** The public address Vigie is configured with, also accepted as the Origin of a request. */
function configuredOrigins(): string[] {
  return [process.env.AUTH_URL, process.env.NEXTAUTH_URL].filter((value): value is string => Boolean(value));
}

/**
 * People: a request that may change something comes from this site (403 before anything is read
 * or written: `lib/security/same-origin.ts`), signed in (401), holding the permission (403,
 * audit-logged as `access.denied`), then the handler with the actor re-read from the database.
 */
export async function withActor(
  request: Request,
  permission: Permission,
  handler: (actor: Actor, now: Date) => Promise<Response>,
): Promise<Response> {
  return guarded(request, async () => {
    const sameOrigin = checkSameOrigin(request.method, request.headers, request.url, configuredOrigins());
    if (!sameOrigin.ok) return errorResponse("FORBIDDEN", `Cross-site request refused (${sameOrigin.reason})`);
    const now = new Date();
    const actor = await getActor();
    if (!actor) return errorResponse("UNAUTHORIZED", "Not signed in");
    if (!can(actor.role, permission)) {
      await getDb().transaction((tx) =>
        appendAudit(
          tx,
          { id: actor.id, label: actorLabel(actor) },
          {
            action: "access.denied",
            entityType: "action",
            entityId: scopeOf(request),
            meta: { permission, role: actor.role },
          },
          now,
        ),
      );
      return errorResponse("FORBIDDEN", `Your role lacks ${permission}`);
    }
    return handler(actor, now);
  });
}

/**
 * Machines: `Authorization: Bearer <key>`, known and not revoked (401 with a `WWW-Authenticate`
 * challenge), holding `scope` (403). A refusal writes nothing. Audit entries of the handler's
 * writes name the key through `apiAuditActor(actor)`.
 */
export async function withApiKey(
  request: Request,
  scope: ApiKeyScope,
  handler: (actor: ApiActor, now: Date) => Promise<Response>,
): Promise<Response> {
  return guarded(request, async () => {
    const now = new Date();
    const auth = await authenticateApiKey(request, scope, { now });
    if (!auth.ok) {
      const challenge: Record<string, string> =
        auth.code === "UNAUTHORIZED" ? { "www-authenticate": 'Bearer realm="vigie"' } : {};
      return errorResponse(auth.code, auth.message, undefined, challenge);
    }
    return handler(auth.actor, now);
  });
}

/** A read open to both doors: an API key when the request carries `Authorization`, else the session. */
export async function withApiKeyOrActor(
  request: Request,
  access: { scope: ApiKeyScope; permission: Permission },
  handler: (now: Date) => Promise<Response>,
): Promise<Response> {
  if (request.headers.get("authorization")) return withApiKey(request, access.scope, (_actor, now) => handler(now));
  return withActor(request, access.permission, (_actor, now) => handler(now));
}
