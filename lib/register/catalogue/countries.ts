/**
 * The European Economic Area (EU 27 + Iceland, Liechtenstein, Norway), as ISO 3166-1 alpha-2
 * codes, plus the codes ISO gives to territories that are part of the EU (the French outermost
 * regions and Åland). A disclosure to these countries is not a transfer under GDPR Chapter V
 * (Art. 44) and needs no Art. 30(1)(e) record. Overseas countries and territories (New Caledonia,
 * French Polynesia, Saint-Pierre-et-Miquelon...) are not in this list: treat them as third
 * countries, the conservative reading.
 */
export const EEA_COUNTRY_CODES = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
  "IS",
  "LI",
  "NO",
  "GF",
  "GP",
  "MQ",
  "RE",
  "YT",
  "MF",
  "AX",
] as const;

const EEA = new Set<string>(EEA_COUNTRY_CODES);

/** Whether an ISO 3166-1 alpha-2 code is inside the EEA (GDPR Art. 44: no transfer then). */
export function isEeaCountry(code: string): boolean {
  return EEA.has(code.trim().toUpperCase());
}
