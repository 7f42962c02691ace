/** Languages of the console: French (default) and English. */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A label or explanation given in every language of the console. */
export type LocalizedText = Readonly<Record<Locale, string>>;
