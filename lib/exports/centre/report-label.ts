import type { Locale } from "@/lib/i18n/locale";
import en from "./messages.en.json";
import fr from "./messages.fr.json";

const messages = { fr: fr.exportCentre, en: en.exportCentre };

/**
 * An export as the export centre names it — the report's label, then its format's, as the history
 * and the job status show them ("Registre des violations — PDF") — for places that have no file name
 * to show (a job that failed or still runs). An unknown kind keeps its code.
 */
export function exportJobLabel(report: string, format: string, locale: Locale): string {
  const { reports, formats } = messages[locale];
  const reportLabel = (reports as Record<string, string>)[report] ?? report;
  const formatLabel = (formats as Record<string, string>)[format] ?? format;
  return `${reportLabel} — ${formatLabel}`;
}
