import "server-only";
import { getDb } from "@/db/client";
import { organisation } from "@/db/schema";
import { apiAuditActor, type ApiActor } from "@/lib/api-keys/authenticate";
import type { Actor } from "@/lib/auth/actor";
import { errorResponse, readQuery } from "@/lib/route";
import { DEFAULT_TIME_ZONE, isoDateInZone } from "@/lib/time/zone-days";
import { fileResponse } from "../centre/download";
import { unsafeGenerateExport } from "../centre/runner";
import { signingKeyStatus } from "../pack/key-source";
import { auditPackQuerySchema } from "./audit-pack-query";

/**
 * Who a machine's documents are generated for: the key, with the external auditor's read rights
 * (what an auditor may put in a pack, and nothing it may change). Its id is the key's: it is never
 * written as a user (the history and the audit log name the key through `apiAuditActor`).
 */
export function machineExportActor(key: ApiActor): Actor {
  return { id: key.keyId, email: "", name: key.label, role: "auditor", locale: "fr", expiresAt: null };
}

async function organisationTimeZone(): Promise<string> {
  const [org] = await getDb().select({ timeZone: organisation.timeZone }).from(organisation).limit(1);
  return org?.timeZone ?? DEFAULT_TIME_ZONE;
}

/**
 * `GET /api/v1/audit-pack?from&to` behind `withApiKey("exports:read")`: the signed pack of the
 * period, generated into the export directory, recorded in the export history with its
 * `export.create` entry naming the key (one transaction, as for a pack built on /exports), then
 * streamed with its SHA-256. 400 naming the parameter; 503 when this server cannot sign.
 */
export async function auditPackForKey(key: ApiActor, request: Request, now: Date): Promise<Response> {
  const query = readQuery(request, auditPackQuerySchema(isoDateInZone(now, await organisationTimeZone())));
  const signing = await signingKeyStatus();
  if (!signing.available) return errorResponse("UNAVAILABLE", signing.reason);
  const file = await unsafeGenerateExport({
    actor: machineExportActor(key),
    auditActor: apiAuditActor(key),
    report: "audit-pack",
    format: "zip",
    scope: { from: query.from, to: query.to },
    now,
  });
  return fileResponse(file);
}
