import "server-only";
import fs from "node:fs";
import { Readable } from "node:stream";
import { getDb } from "@/db/client";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { appendAudit } from "@/lib/audit/write";
import { errorResponse } from "@/lib/route-errors";
import type { ExportFormat } from "../contract";
import { exportForDownload } from "./queries";

const contentTypes: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
};

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;]/g, "_") || "export";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The response for one history row's file: 404 when unknown, 403 (logged as `access.denied`)
 * when the person may not export that report, 410 when the retention purge deleted the file or
 * the file is not in this instance's export directory, otherwise the bytes streamed from disk
 * with their SHA-256, the download logged as `export.download`.
 */
export async function downloadExport(actor: Actor, id: string, request: Request, now = new Date()): Promise<Response> {
  const target = await exportForDownload(actor, id);
  if (target.kind === "missing") return errorResponse("NOT_FOUND", "errors.notFound");
  if (target.kind === "forbidden") {
    await logDownloadEvent(actor, id, "access.denied", {
      report: target.report,
      role: actor.role,
      request: `${request.method} ${new URL(request.url).pathname}`,
    });
    return errorResponse("FORBIDDEN", "errors.forbidden");
  }
  if (target.kind === "expired") return errorResponse("GONE", expiredMessage(target.expiredAt));
  const stat = await fs.promises.stat(target.path).catch(() => null);
  if (!stat || stat.size !== target.size) {
    return errorResponse("GONE", "The file is not in this server's export directory (see VIGIE_EXPORT_DIR)");
  }
  const { report, format, fileName, size, sha256 } = target;
  await logDownloadEvent(actor, id, "export.download", { report, format, fileName, size, sha256 }, now);
  return fileResponse(target);
}

/** Why an expired export cannot be downloaded, and what to do instead. */
export function expiredMessage(expiredAt: Date): string {
  return (
    `This export's file was deleted on ${expiredAt.toISOString()} at the end of its retention period ` +
    `(VIGIE_EXPORT_RETENTION_DAYS); the history keeps who made it and its SHA-256. Generate the export again.`
  );
}

async function logDownloadEvent(
  actor: Actor,
  id: string,
  action: "access.denied" | "export.download",
  meta: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  await getDb().transaction((tx) =>
    appendAudit(
      tx,
      { id: actor.id, label: actorLabel(actor) },
      { action, entityType: "export", entityId: id, meta },
      now,
    ),
  );
}

/** A complete export file streamed from disk, with its length, download name and SHA-256. */
export function fileResponse(file: {
  path: string;
  format: ExportFormat;
  fileName: string;
  size: number;
  sha256: string;
}): Response {
  const body = Readable.toWeb(fs.createReadStream(file.path)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "content-type": contentTypes[file.format],
      "content-length": String(file.size),
      "content-disposition": contentDisposition(file.fileName),
      "x-content-sha256": file.sha256,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
