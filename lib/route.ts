import "server-only";
import { getDb } from "@/db/client";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { appendAudit } from "@/lib/audit/write";

/**
 * Route handlers for people (session cookie) use the same check as the action
 * wrapper: signed in (401), holding the permission (403, audit-logged as
 * `access.denied`). Machines use `authenticateApiKey` instead.
 */
export async function withActor(request: Request, permission: Permission, handler: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Not signed in" }, { status: 401 });
  if (!can(actor.role, permission)) {
    await getDb().transaction((tx) =>
      appendAudit(tx, { id: actor.id, label: actorLabel(actor) }, {
        action: "access.denied",
        entityType: "action",
        entityId: `${request.method} ${new URL(request.url).pathname}`,
        meta: { permission, role: actor.role },
      }),
    );
    return Response.json({ error: `Your role lacks ${permission}` }, { status: 403 });
  }
  return handler(actor);
}
