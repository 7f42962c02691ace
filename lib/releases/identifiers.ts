/**
 * Record-level data refused: a release of aggregated counts never holds a column that names or
 * looks like an identifier of a person or a device. Kinds, by header name and by value pattern:
 * - `subscriberRef`: Vigie's pseudonymous references (`SUB-1a2b3c4`) or a column named after them;
 * - `imsi`: 15 digits that fail the Luhn check (a SIM's identity);
 * - `imei`: 15 digits that pass the Luhn check (a handset's identity);
 * - `msisdn`: a phone number (`+33612345678`, `0612345678`, `33612345678`).
 * An area code of 15 digits (a raw ECGI) therefore reads as an identifier: prefix such codes.
 */
export type IdentifierKind = "subscriberRef" | "imsi" | "imei" | "msisdn";

const HEADER_KINDS: [RegExp, IdentifierKind][] = [
  [/^(subscriber(_?(ref|reference|id))?|customer(_?id)?|user(_?id)?|person(_?id)?|email)$/, "subscriberRef"],
  [/^imsi(_hash)?$/, "imsi"],
  [/^imei(sv)?(_hash)?$/, "imei"],
  [/^(msisdn|phone(_?number)?|tel(ephone)?|mobile)(_hash)?$/, "msisdn"],
];

export function identifierHeaderKind(name: string): IdentifierKind | null {
  for (const [pattern, kind] of HEADER_KINDS) if (pattern.test(name)) return kind;
  return null;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const SUBSCRIBER_REF = /^SUB-[0-9a-f]{4,}$/i;
const FIFTEEN_DIGITS = /^\d{15}$/;
const MSISDN = /^(\+\d{8,15}|0[67]\d{8}|33[67]\d{8})$/;

/** The identifier a value looks like, or null. */
export function identifierValueKind(value: string): IdentifierKind | null {
  if (SUBSCRIBER_REF.test(value)) return "subscriberRef";
  if (FIFTEEN_DIGITS.test(value)) return luhnValid(value) ? "imei" : "imsi";
  if (MSISDN.test(value.replaceAll(" ", ""))) return "msisdn";
  return null;
}

/** Below this many rows, counts all equal to 1 may be a genuinely sparse table. */
export const PER_PERSON_MIN_ROWS = 20;

/**
 * One row per person: every count is 1 over at least `PER_PERSON_MIN_ROWS` rows (a list of people,
 * one per line). The other sign, the same cell on two rows, is caught while reading (`duplicateCell`).
 */
export function looksPerPerson(stats: { rows: number; rowsWithCountOne: number }): boolean {
  return stats.rows >= PER_PERSON_MIN_ROWS && stats.rowsWithCountOne === stats.rows;
}
