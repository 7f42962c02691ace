import type { ExportFormat, ExportScope, ReportKind, ReportRenderer } from "../contract";

export interface PackFileSpec {
  kind: ReportKind;
  format: ExportFormat;
  /** The entry's name in the ZIP (and in the manifest). */
  name: string;
  /** The register is taken as saved at the end of a past period (as it is now when the period runs to today); the other reports cover the period. */
  registerAsOfPeriodEnd?: boolean;
}

/** Everything an audit pack holds once every report is registered, in the pack's order. */
export const AUDIT_PACK_FILES = [
  { kind: "register", format: "pdf", name: "registre-des-traitements.pdf", registerAsOfPeriodEnd: true },
  { kind: "register", format: "xlsx", name: "registre-des-traitements.xlsx", registerAsOfPeriodEnd: true },
  { kind: "register", format: "json", name: "registre-des-traitements.json", registerAsOfPeriodEnd: true },
  { kind: "breach-register", format: "pdf", name: "registre-des-violations.pdf" },
  { kind: "breach-register", format: "xlsx", name: "registre-des-violations.xlsx" },
  { kind: "consent", format: "pdf", name: "rapport-consentement.pdf" },
  { kind: "consent", format: "csv", name: "consentement-chiffres-quotidiens.csv" },
  { kind: "audit-log", format: "json", name: "journal-audit.json" },
] as const satisfies readonly PackFileSpec[];

/**
 * The pack's files from the longest to render to the shortest (measured on 2026-12-07 at 5,000
 * register entries, 2,000 incidents and 200,000 audit entries, each alone in a worker: 34.5, 18.4,
 * 15.6, 15.5, 8.8, 3.7, 4.3, 4.1 s). Rendered side by side,
 * the longest start first, so the short ones fill the gaps instead of leaving one worker alone at the end.
 */
export const RENDER_COST_ORDER: readonly string[] = [
  "register pdf",
  "breach-register pdf",
  "audit-log json",
  "register xlsx",
  "breach-register xlsx",
  "register json",
  "consent pdf",
  "consent csv",
];

/** The positions of `files` (in the pack's order) in the order to start rendering them: longest first, unknown ones last. */
export function renderOrder(files: readonly { spec: Pick<PackFileSpec, "kind" | "format"> }[]): number[] {
  const rank = (at: number) => {
    const found = RENDER_COST_ORDER.indexOf(`${files[at]!.spec.kind} ${files[at]!.spec.format}`);
    return found < 0 ? RENDER_COST_ORDER.length : found;
  };
  return files.map((_, at) => at).sort((a, b) => rank(a) - rank(b) || a - b);
}

export interface PlannedFile {
  spec: PackFileSpec;
  renderer: ReportRenderer;
  scope: ExportScope;
}

/** The files of a pack for a period: those of the list whose renderer is registered (the others are left out, not faked). */
export function planPackFiles(
  period: { from: string; to: string },
  /** Today in the organisation's zone (YYYY-MM-DD). */
  today: string,
  rendererFor: (kind: ReportKind, format: ExportFormat) => ReportRenderer | undefined,
  specs: readonly PackFileSpec[] = AUDIT_PACK_FILES,
): PlannedFile[] {
  return specs.flatMap((spec) => {
    const renderer = rendererFor(spec.kind, spec.format);
    if (!renderer) return [];
    const scope: ExportScope =
      spec.registerAsOfPeriodEnd && period.to < today ? { ...period, asOf: period.to } : { ...period };
    return [{ spec, renderer, scope }];
  });
}
