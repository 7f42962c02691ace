import { auditLogRenderer } from "./audit-log/renderer";
import type { ExportFormat, ReportKind, ReportRenderer } from "./contract";
import { createAuditPackRenderer } from "./pack/renderer";

/** Every export report Vigie offers. Each report's module adds its renderer here. */
export const renderers: readonly ReportRenderer[] = [
  auditLogRenderer,
  createAuditPackRenderer({ rendererFor: (kind, format) => rendererFor(kind, format) }),
];

export function rendererFor(kind: ReportKind, format: ExportFormat): ReportRenderer | undefined {
  return renderers.find((renderer) => renderer.kind === kind && renderer.formats.includes(format));
}
