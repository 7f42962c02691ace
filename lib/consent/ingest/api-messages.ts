import en from "../messages.en.json";

const errors = en.consent.errors as Record<string, string>;

/** Machines get English sentences, not translation keys. */
export function apiErrorMessage(key: string): string {
  return errors[key.replace(/^consent\.errors\./, "")] ?? key;
}
