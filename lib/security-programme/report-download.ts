import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { securityAuditReports, securityAudits } from "@/db/schema";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { appendAudit } from "@/lib/audit/write";
import { contentDisposition } from "@/lib/exports/centre/download";
import { errorResponse } from "@/lib/route-errors";

/**
 * Report files are served as themselves only for the formats audit reports come in; any other type
 * the uploader's browser claimed is served as bytes (never `text/html` from this site's origin).
 */
const SERVED_TYPES = new Set([
  "application/pdf",
  "application/zip",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/msword",
  "text/plain",
  "text/csv",
]);

export function servedContentType(mediaType: string): string {
  const type = mediaType.split(";")[0]!.trim().toLowerCase();
  if (!SERVED_TYPES.has(type)) return "application/octet-stream";
  return type.startsWith("text/") ? `${type}; charset=utf-8` : type;
}

/**
 * An audit's report file: the bytes stored at recording, their SHA-256 (`X-Content-SHA256`), an
 * attachment named as uploaded. 404 for an unknown audit or one without a file. The read is
 * audit-logged (`security.report_download`): a penetration-test report maps the weak points.
 */
export async function downloadAuditReport(actor: Actor, auditId: string, now: Date): Promise<Response> {
  assertCan(actor, "security:read");
  const db = getDb();
  const [row] = await db
    .select({
      fileName: securityAudits.reportFileName,
      size: securityAudits.reportSize,
      sha256: securityAudits.reportSha256,
      mediaType: securityAuditReports.mediaType,
      content: securityAuditReports.content,
    })
    .from(securityAudits)
    .innerJoin(securityAuditReports, eq(securityAuditReports.auditId, securityAudits.id))
    .where(eq(securityAudits.id, auditId));
  if (!row || !row.fileName || !row.sha256) return errorResponse("NOT_FOUND", "securityProgramme.errors.notFound");
  await db.transaction((tx) =>
    appendAudit(
      tx,
      { id: actor.id, label: actorLabel(actor) },
      {
        action: "security.report_download",
        entityType: "security_audit",
        entityId: auditId,
        meta: { fileName: row.fileName, size: row.content.byteLength, sha256: row.sha256 },
      },
      now,
    ),
  );
  return new Response(new Uint8Array(row.content), {
    headers: {
      "content-type": servedContentType(row.mediaType),
      "content-length": String(row.content.byteLength),
      "content-disposition": contentDisposition(row.fileName),
      "x-content-sha256": row.sha256,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
