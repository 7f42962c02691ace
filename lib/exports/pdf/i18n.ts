import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { GenerationCache } from "./generation-cache";
import en from "./messages.en.json";
import fr from "./messages.fr.json";

/** A translator over every domain's messages plus the reports' own (`exportsPdf.*`). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The reports read the same messages as the console (register, incidents, consent labels) in `locale`. */
export async function pdfTranslator(locale: "fr" | "en"): Promise<Translate> {
  const messages = { ...(await loadMessages(locale)), ...(locale === "fr" ? fr : en) };
  const t = createTranslator({ locale, messages }) as unknown as Translate;
  // A report asks for the same labels on every entry and in both passes: a message without
  // values is translated once (at most one string per message key).
  const plain = new Map<string, string>();
  // Messages with values come back too ("5 ans", "Conforme au plafond de 1 an (…)"): up to a bound.
  const formatted = new GenerationCache<string>(20_000);
  return (key, values) => {
    if (values) return formatted.get(`${key}\u0000${JSON.stringify(values)}`, () => t(key, values));
    let text = plain.get(key);
    if (text === undefined) {
      text = t(key);
      plain.set(key, text);
    }
    return text;
  };
}
