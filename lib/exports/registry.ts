import type { ExportFormat, ReportKind, ReportRenderer } from "./contract";
import { registerTabularRenderer } from "./register/renderer";
import { breachRegisterXlsxRenderer } from "./breach-register/xlsx";
import { consentDailyCsvRenderer } from "./consent/daily-csv";

/** Every export report Vigie offers. Each report's module adds its renderer here. */
export const renderers: readonly ReportRenderer[] = [
  registerTabularRenderer,
  breachRegisterXlsxRenderer,
  consentDailyCsvRenderer,
];

export function rendererFor(kind: ReportKind, format: ExportFormat): ReportRenderer | undefined {
  return renderers.find((renderer) => renderer.kind === kind && renderer.formats.includes(format));
}
