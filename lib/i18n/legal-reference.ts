import type { Locale } from "./locale";

/**
 * Legal references in the reader's language. The catalogues and rules keep one canonical
 * citation (`GDPR Art. 33(1)`, `Reg. (EU) 611/2013 Art. 2(2) and 2(3)`, `CPCE art. L34-2`); the
 * UI and the exports show it as a French or English lawyer would write it: `RGPD art. 33(1)`,
 * `Règlement (UE) 611/2013 art. 2(2) et 2(3)`. Pure and total: an unknown citation comes back
 * with only its connecting words and abbreviations translated.
 */

type Rule = readonly [RegExp, string];

/** Whole phrases first (they contain words the later rules would translate piecemeal). */
const TO_FRENCH: readonly Rule[] = [
  [/progress report if ongoing/g, "rapport d'avancement si l'incident est toujours en cours"],
  [/second subparagraph/g, "second alinéa"],
  [
    /CNIL recommendation on recording telephone calls at work/g,
    "Recommandation de la CNIL sur l'écoute et l'enregistrement des appels sur le lieu de travail",
  ],
  [/\(cookies and other trackers\)/g, "(cookies et autres traceurs)"],
  [/\(one-year limitation period\)/g, "(prescription d'un an)"],
  [/\bGDPR\b/g, "RGPD"],
  [/\bReg\. \(EU\)/g, "Règlement (UE)"],
  [/\bReg\. \(EEC, Euratom\)/g, "Règlement (CEE, Euratom)"],
  [/\bDirective \(EU\)/g, "Directive (UE)"],
  [/\b(\d{4}\/\d+)\/EC\b/g, "$1/CE"],
  [/\bArt\. /g, "art. "],
  [/ and /g, " et "],
  [/\bexceptions? art\./g, "exceptions à l'art."],
  // French typography: a space before a semicolon.
  [/(\S);\s/g, "$1 ; "],
];

const TO_ENGLISH: readonly Rule[] = [
  [/\(prescription d'un an\)/g, "(one-year limitation period)"],
  [/\(cookies et autres traceurs\)/g, "(cookies and other trackers)"],
  [/\bRGPD\b/g, "GDPR"],
  [/\bRèglement \(UE\)/g, "Reg. (EU)"],
  [/\bdirective (\d{4}\/\d+)\/CE\b/gi, "Directive $1/EC"],
  [/\bart\. /g, "Art. "],
  [/ et /g, " and "],
  [/\s;\s/g, "; "],
];

export function legalReferenceIn(reference: string, locale: Locale): string {
  const rules = locale === "fr" ? TO_FRENCH : TO_ENGLISH;
  return rules.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), reference);
}
