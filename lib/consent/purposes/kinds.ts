import type { ConsentPurposeKind } from "@/db/schema/consent";
import type { LegalBasis } from "@/lib/register/catalogue/legal-bases";

/**
 * The lawful basis at least one register entry linked to a purpose must have, by kind (client-safe:
 * the form marks matching entries, the mutation enforces it). A consent purpose (opt-in) rests on
 * consent, Art. 6(1)(a); an objection purpose (opt-out) on legitimate interests, Art. 6(1)(f), which
 * the subscriber may object to under Art. 21.
 */
export const requiredLegalBasis = {
  consent: "consent",
  objection: "legitimate_interests",
} as const satisfies Readonly<Record<ConsentPurposeKind, LegalBasis>>;

/** The keys of the objection purposes among these, whose "opted in" count reads "not objecting". */
export function objectionPurposeKeys(
  purposes: readonly { key: string; kind: ConsentPurposeKind }[],
): ReadonlySet<string> {
  return new Set(purposes.filter((p) => p.kind === "objection").map((p) => p.key));
}

/** What a purpose's headline figure counts: subscribers consenting, or subscribers objecting. */
export interface PurposeFigure {
  measure: "consenting" | "objecting";
  count: number;
  /** Share of the subscribers ever asked, in % (one decimal); null before anyone was asked. */
  rate: number | null;
}

/**
 * The figure a DPO reads for a purpose. The rollups count "opted in" for both kinds; for an
 * objection purpose that means "not objecting", so its headline is the complement: the
 * subscribers objecting, and their share (a 20 % "opted in" is an 80 % objection rate).
 */
export function purposeFigure(kind: ConsentPurposeKind, optedIn: number, everAsked: number): PurposeFigure {
  const count = kind === "objection" ? Math.max(0, everAsked - optedIn) : optedIn;
  return {
    measure: kind === "objection" ? "objecting" : "consenting",
    count,
    rate: everAsked > 0 ? Math.round((count / everAsked) * 1000) / 10 : null,
  };
}
