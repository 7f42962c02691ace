import type { KeyObject } from "node:crypto";
import type { Writable } from "node:stream";
import { isoDateInZone } from "@/lib/time/zone-days";
import packageJson from "@/package.json";
import {
  authorOf,
  type ExportContext,
  type ExportFormat,
  type ExportScope,
  type ReportKind,
  type ReportRenderer,
} from "../contract";
import { auditLogHead, organisationName } from "../audit-log/queries";
import { planPackFiles, type PlannedFile } from "./contents";
import { packSigningKey } from "./key-source";
import { PACK_FORMAT } from "./manifest";
import { entriesRenderedElsewhere, type RenderPackFile } from "./rendered-entries";
import { writeSignedPack, type PackEntrySource } from "./write-pack";

export interface AuditPackOptions {
  /** The registered renderers (the registry passes itself, so this module need not import it). */
  rendererFor: (kind: ReportKind, format: ExportFormat) => ReportRenderer | undefined;
  /** Which key signs; by default this server's (configuration, embedded data directory, or refusal). */
  signingKey?: () => Promise<KeyObject>;
  /**
   * Where the files are rendered when not in turn in this thread: each into a temporary file, side
   * by side (worker threads on PostgreSQL, `renderPackInWorkers`), the ZIP taking each as soon as it is done.
   */
  renderFile?: (file: PlannedFile, ctx: ExportContext) => ReturnType<RenderPackFile>;
}

export class PackScopeError extends Error {}

/** Each file rendered in turn into its entry, or (`renderFile`) elsewhere, side by side. */
function packEntries(
  files: PlannedFile[],
  ctx: ExportContext,
  renderFile: AuditPackOptions["renderFile"],
): PackEntrySource[] {
  if (renderFile) return entriesRenderedElsewhere(files, (file) => renderFile(file, ctx));
  return files.map(({ spec, renderer, scope }) => ({
    name: spec.name,
    report: spec.kind,
    format: spec.format,
    write: (entry: Writable) => renderer.render(ctx, scope, spec.format, entry),
  }));
}

/**
 * The audit pack (kind `audit-pack`, format zip): every registered report of the pack's
 * list (`contents.ts`) for the period, signed (`write-pack.ts`). The key is resolved
 * first, so a server that cannot sign refuses before writing a byte.
 */
export function createAuditPackRenderer(options: AuditPackOptions): ReportRenderer {
  return {
    kind: "audit-pack",
    formats: ["zip"],
    fileName(scope) {
      return `vigie-pack-audit-${scope.from ?? ""}_${scope.to ?? ""}.zip`;
    },
    async render(ctx: ExportContext, scope: ExportScope, format: ExportFormat, out: Writable) {
      if (format !== "zip") throw new PackScopeError(`The audit pack is a zip, not ${format}`);
      const { from, to } = scope;
      if (!from || !to || from > to)
        throw new PackScopeError("The audit pack needs a period: from and to (YYYY-MM-DD), from on or before to");
      const key = await (options.signingKey ?? packSigningKey)();
      // The head is read before any report: the pack states the chain as it stood when generation began.
      const auditLogHeadAtStart = await auditLogHead(ctx.db);
      const subContext: ExportContext = { ...ctx, onProgress: undefined };
      const files = planPackFiles({ from, to }, isoDateInZone(ctx.now, ctx.timeZone), options.rendererFor);
      await writeSignedPack({
        out,
        key,
        manifest: {
          format: PACK_FORMAT,
          organisation: await organisationName(ctx.db),
          period: { from, to, timeZone: ctx.timeZone },
          generatedAt: ctx.now.toISOString(),
          generatedBy: authorOf(ctx),
          vigieVersion: packageJson.version,
          auditLogHead: auditLogHeadAtStart,
        },
        entries: packEntries(files, subContext, options.renderFile),
        onEntry: ctx.onProgress,
      });
    },
  };
}
