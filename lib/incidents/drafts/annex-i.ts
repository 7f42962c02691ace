import type { DraftFacts } from "./drafts";

/**
 * Reg. (EU) 611/2013 Annex I items that come from the facts rather than from typing: the relevant
 * use of other providers (section 1) and the cross-border aspects (section 2). Pure, client-safe,
 * in French like the drafts.
 */

/** Countries where a processor established there is not a cross-border aspect for a French operator. */
const HOME_COUNTRY = "FR";

/** Section 1: the processors of the linked register entries, e.g. a ransomware at a subcontractor. */
export function otherProvidersText(facts: Pick<DraftFacts, "providers">): string {
  if (facts.providers === null) return "[à compléter : sous-traitants impliqués]";
  if (facts.providers.length === 0) return "aucun sous-traitant enregistré pour les traitements concernés";
  const seen = new Set<string>();
  const items: string[] = [];
  for (const p of facts.providers) {
    const key = `${p.name}|${p.service}|${p.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(
      `${p.name}${p.service ? ` (${p.service}${p.country ? `, ${p.country}` : ""})` : p.country ? ` (${p.country})` : ""}`,
    );
  }
  const entries = [...new Set(facts.providers.map((p) => p.entry))].join(", ");
  return `${items.join(" ; ")} — sous-traitants des traitements ${entries}`;
}

/**
 * Section 2 (and NIS2 Art. 23(4)): the cross-border aspects. What was recorded wins ("" is none);
 * otherwise what the facts show — other Member States in the NIS2 impact, processors established
 * abroad, transfers outside the EU — to
 * confirm; `null` while nothing is known.
 */
export function crossBorderText(
  facts: Pick<DraftFacts, "crossBorder" | "providers" | "transfers"> & Partial<Pick<DraftFacts, "nis2Impact">>,
): string | null {
  if (facts.crossBorder !== null) return facts.crossBorder.trim() || "aucun";
  const states = facts.nis2Impact?.memberStates ?? [];
  const services = states.length ? [`service touché dans d'autres États membres (${states.join(", ")})`] : [];
  const abroad = (facts.providers ?? [])
    .filter((p) => p.country && p.country !== HOME_COUNTRY)
    .map((p) => `sous-traitant ${p.name} établi hors de France (${p.country})`);
  const transfers = facts.transfers.map(
    (t) => `transfert de données vers ${t.country}${t.recipient ? ` (${t.recipient})` : ""} — ${t.entry}`,
  );
  const aspects = [...new Set([...services, ...abroad, ...transfers])];
  return aspects.length ? `à confirmer — ${aspects.join(" ; ")}` : null;
}

/** Annex I section 2, item by item; `null` marks an item still unknown. */
export function annexISection2(facts: DraftFacts): { label: string; value: string | null }[] {
  const text = (v: string) => (v.trim() ? v.trim() : null);
  return [
    { label: "Résumé de l’incident", value: text(facts.description) },
    { label: "Localisation (systèmes)", value: facts.systems.length ? facts.systems.join(", ") : null },
    {
      label: "Nombre de personnes concernées",
      value: facts.peopleCount === null ? null : `environ ${facts.peopleCount.toLocaleString("fr-FR")}`,
    },
    { label: "Conséquences potentielles", value: text(facts.consequences) },
    { label: "Mesures d’atténuation", value: text(facts.remedialMeasures) },
    {
      label: "Notification des abonnés",
      value:
        facts.subscriberNotice === "sent"
          ? "effectuée (contenu, moyens et nombre joints)"
          : facts.subscriberNotice === "not_required"
            ? "non requise"
            : null,
    },
    { label: "Aspects transfrontières", value: crossBorderText(facts) },
  ];
}
