import type { ExportFormat, ReportKind, ReportRenderer } from "./contract";

/** Every export report Vigie offers. Each report's module adds its renderer here. */
export const renderers: readonly ReportRenderer[] = [];

export function rendererFor(kind: ReportKind, format: ExportFormat): ReportRenderer | undefined {
  return renderers.find((renderer) => renderer.kind === kind && renderer.formats.includes(format));
}
