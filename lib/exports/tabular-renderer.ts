import type { Writable } from "node:stream";
import { assertCan } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import type { ExportContext, ExportFormat, ExportScope, ReportKind, ReportRenderer } from "./contract";

type Render = (ctx: ExportContext, scope: ExportScope, out: Writable) => Promise<void>;

/**
 * A renderer of the tabular reports (XLSX, CSV, JSON): one render function per format, and the
 * read permission of the report's domain checked first (the export centre checks `exports:create`).
 */
export function tabularRenderer(options: {
  kind: ReportKind;
  permission: Permission;
  fileName: ReportRenderer["fileName"];
  formats: Partial<Record<ExportFormat, Render>>;
}): ReportRenderer {
  return {
    kind: options.kind,
    formats: Object.keys(options.formats) as ExportFormat[],
    fileName: options.fileName,
    async render(ctx, scope, format, out) {
      assertCan(ctx.actor, options.permission);
      const render = options.formats[format];
      if (!render) throw new RangeError(`${options.kind}: no ${format} rendering here`);
      await render(ctx, scope, out);
    },
  };
}
