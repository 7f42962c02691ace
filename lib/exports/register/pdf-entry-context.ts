/** A register entry's section shares these: its context, message keys and how empty values print. */
import type { Party } from "@/lib/register/schemas";
import type { Translate } from "../pdf/i18n";

type Locale = "fr" | "en";

/** Everything one entry section needs besides the entry. */
export interface EntryContext {
  t: Translate;
  locale: Locale;
  /** The day the retention ceilings and overdue reviews are read at (the "as of" day, or today). */
  day: string;
  now: Date;
  timeZone: string;
}

export const r = (key: string) => `exportsPdf.register.${key}`;

export function party(p: Party | null, none: string): string {
  if (!p) return none;
  return [p.name, p.contact].filter(Boolean).join(" — ") || none;
}

export function list(items: readonly string[], none: string): string {
  return items.length === 0 ? none : items.map((item) => `• ${item}`).join("\n");
}
