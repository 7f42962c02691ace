import { auditLogRenderer } from "./audit-log/renderer";
import { breachRegisterPdfRenderer } from "./breach-register/pdf";
import { breachRegisterXlsxRenderer } from "./breach-register/xlsx";
import { consentDailyCsvRenderer } from "./consent/daily-csv";
import { consentPdfRenderer } from "./consent/pdf";
import type { ExportFormat, ReportKind, ReportRenderer } from "./contract";
import { incidentPdfRenderer } from "./incident/pdf";
import { createAuditPackRenderer } from "./pack/renderer";
import { registerPdfRenderer } from "./register/pdf";
import { registerTabularRenderer } from "./register/renderer";
import { subscriberDossierPdfRenderer } from "./subscriber-dossier/pdf";

/** Every export report Vigie offers. Each report's module adds its renderer here. */
export const renderers: readonly ReportRenderer[] = [
  registerPdfRenderer,
  registerTabularRenderer,
  breachRegisterPdfRenderer,
  breachRegisterXlsxRenderer,
  incidentPdfRenderer,
  consentPdfRenderer,
  consentDailyCsvRenderer,
  subscriberDossierPdfRenderer,
  auditLogRenderer,
  createAuditPackRenderer({ rendererFor: (kind, format) => rendererFor(kind, format) }),
];

export function rendererFor(kind: ReportKind, format: ExportFormat): ReportRenderer | undefined {
  return renderers.find((renderer) => renderer.kind === kind && renderer.formats.includes(format));
}
