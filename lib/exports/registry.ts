import type { ExportFormat, ReportKind, ReportRenderer } from "./contract";
import { registerTabularRenderer } from "./register/renderer";

/** Every export report Vigie offers. Each report's module adds its renderer here. */
export const renderers: readonly ReportRenderer[] = [
  registerTabularRenderer,
];

export function rendererFor(kind: ReportKind, format: ExportFormat): ReportRenderer | undefined {
  return renderers.find((renderer) => renderer.kind === kind && renderer.formats.includes(format));
}
