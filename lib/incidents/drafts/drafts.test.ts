import { describe, expect, it } from "vitest";
import { annexISection2, generateDraft, type DraftContext, type DraftFacts } from "./drafts";
import { subscriberNotice } from "./facts";
import { computeObligations } from "../clocks/clocks";
import { at, defaultOptions, incidentFacts } from "../test-fixtures";

const ctx: DraftContext = {
  organisation: "Vigie Télécom SA",
  dpoName: "Claire Dubois",
  dpoContact: "dpo@demo.vigie.fr",
  securityContact: "Marc Leroy — securite@demo.vigie.fr",
  timeZone: "Europe/Paris",
};
const facts = (overrides: Partial<DraftFacts> = {}): DraftFacts => ({
  reference: "INC-2026-0008",
  title: "SIM swap frauduleux",
  description: "Des conseillers ont transféré des numéros sur de nouvelles SIM à la demande d’escrocs.",
  occurredFrom: at("2026-11-20T08:00:00+01:00"),
  occurredTo: null,
  occurrenceEstimated: false,
  detectedAt: at("2026-11-20T10:00:00+01:00"),
  awareAt: null,
  containedAt: null,
  categories: ["confidentiality"],
  cause: "external_malicious",
  systems: ["Centre de contacts"],
  dataCategories: ["Identifiants d’équipement et de SIM"],
  dataCategoryKeys: ["device_sim_identifiers", "billing_payment"],
  dataSubjectCategories: ["Abonnés mobiles"],
  crossBorder: "aucun",
  providers: [],
  transfers: [],
  nis2Impact: null,
  subscriberNotice: "not_required",
  peopleCount: 42,
  recordsCount: 42,
  consequences: "Note interne : 3 comptes bancaires vidés, enquête avec la banque X.",
  remedialMeasures: "Double validation des changements de SIM.",
  dataUnintelligible: false,
  unintelligibleEvidence: null,
  publicCommunication: null,
  severity: { score: 3.75, band: "high" },
  ...overrides,
});
const draft = (kind: Parameters<typeof generateDraft>[0], f = facts()) => generateDraft(kind, f, ctx);

describe("notification drafts a regulator would accept (issue 14)", () => {
  it("CNIL Art. 33(3): categories and approximate number of data subjects, the DPO's name and contact (point 10)", () => {
    const text = draft("cnil-gdpr-33");
    expect(text).toContain("Catégories de personnes concernées : Abonnés mobiles ; nombre approximatif : environ 42.");
    expect(text).toContain("Délégué à la protection des données : Claire Dubois — dpo@demo.vigie.fr");
  });

  it("611/2013 initial: complete when every section 2 item is known, otherwise lists what will follow (point 11)", () => {
    const complete = draft("cnil-611-initial");
    expect(complete).toContain("notification complète");
    expect(complete).not.toContain("suivront");
    expect(complete).toContain("Aspects transfrontières : aucun");
    const partial = draft("cnil-611-initial", facts({ crossBorder: null, subscriberNotice: null, peopleCount: null }));
    expect(partial).toContain("notification initiale");
    const following = partial.split("(article 2(3)) :")[1]!;
    expect(following.trim().split("\n")).toEqual([
      "- Nombre de personnes concernées",
      "- Notification des abonnés",
      "- Aspects transfrontières",
    ]);
  });

  it("cross-border aspects come from the facts, not a fixed placeholder (point 12)", () => {
    expect(draft("cnil-611-second", facts({ crossBorder: "Abonnés en itinérance en Belgique" }))).toContain(
      "Aspects transfrontières : Abonnés en itinérance en Belgique",
    );
    expect(annexISection2(facts({ crossBorder: null })).at(-1)).toEqual({
      label: "Aspects transfrontières",
      value: null,
    });
  });

  it("Annex I section 1: the relevant use of other providers comes from the linked entries' processors (point 12)", () => {
    const ransomware = facts({
      providers: [
        { name: "Relais Client SAS", service: "Centre d’appels externalisé", country: "MA", entry: "TRT-0007" },
        { name: "Relais Client SAS", service: "Centre d’appels externalisé", country: "MA", entry: "TRT-0007" },
        { name: "Imprimerie Durand", service: "Mise sous pli", country: "FR", entry: "TRT-0003" },
      ],
    });
    expect(draft("cnil-611-initial", ransomware)).toContain(
      "Recours à d'autres fournisseurs : Relais Client SAS (Centre d’appels externalisé, MA) ; Imprimerie Durand (Mise sous pli, FR) — sous-traitants des traitements TRT-0007, TRT-0003",
    );
    expect(draft("cnil-611-second", facts())).toContain(
      "Recours à d'autres fournisseurs : aucun sous-traitant enregistré pour les traitements concernés",
    );
    expect(draft("cnil-611-initial", facts({ providers: null }))).toContain(
      "Recours à d'autres fournisseurs : [à compléter : sous-traitants impliqués]",
    );
  });

  it("cross-border aspects not recorded: from the facts (processors abroad, transfers), to confirm (point 12)", () => {
    const derived = facts({
      crossBorder: null,
      providers: [{ name: "Relais Client SAS", service: "Centre d’appels", country: "MA", entry: "TRT-0007" }],
      transfers: [{ country: "US", recipient: "Hébergeur CRM", entry: "TRT-0007" }],
    });
    const expected =
      "à confirmer — sous-traitant Relais Client SAS établi hors de France (MA) ; transfert de données vers US (Hébergeur CRM) — TRT-0007";
    expect(draft("cnil-611-second", derived)).toContain(`Aspects transfrontières : ${expected}`);
    expect(draft("anssi-early-warning", derived)).toContain(`Impact transfrontière possible : ${expected}`);
    expect(annexISection2(derived).at(-1)!.value).toBe(expected);
    // A recorded answer wins, "" reads "aucun"; nothing abroad and nothing recorded: still to complete.
    expect(annexISection2(facts({ ...derived, crossBorder: "" })).at(-1)!.value).toBe("aucun");
    expect(annexISection2(facts({ crossBorder: null, providers: null })).at(-1)!.value).toBeNull();
  });

  it("no internal enum value in any draft: severity, cause and nature through the UI's French labels (point 13)", () => {
    for (const kind of ["cnil-gdpr-33", "cnil-611-initial", "anssi-final-report"] as const) {
      const text = draft(kind);
      expect(text).not.toMatch(/very_high|\(high\)|external_malicious|confidentiality/);
    }
    expect(draft("cnil-gdpr-33")).toContain("Gravité évaluée (méthode ENISA) : 3,75 — Élevée.");
    expect(draft("cnil-gdpr-33")).toContain("origine externe, malveillante");
  });

  it("subscriber notice: consequences and advice from the categories breached, never internal notes (point 14)", () => {
    const text = draft("people");
    expect(text).toContain("« SIM swap »");
    expect(text).toContain("prélèvements frauduleux");
    expect(text).not.toContain("Note interne");
    expect(text).not.toContain("changez votre mot de passe");
    const location = draft("people", facts({ dataCategoryKeys: ["location_cell"] }));
    expect(location).toContain("vos déplacements");
    expect(location).not.toContain("SIM swap");
  });

  it("NIS2 Art. 23(1)–(2): the notice to the service's recipients names the services, the measures taken and the security contact (point 8)", () => {
    const text = draft("service-recipients");
    expect(text).toContain("Information sur un incident important affectant nos services — Vigie Télécom SA");
    expect(text).toContain("Services concernés : Centre de contacts.");
    expect(text).toContain("Ce que nous avons fait : Double validation des changements de SIM.");
    expect(text).toContain("Contact : Marc Leroy — securite@demo.vigie.fr");
    expect(text).toContain("Directive NIS2 article 23(1) et 23(2)");
    expect(text).not.toMatch(/Responsable du traitement|significatif|3,75/);
    expect(draft("service-recipients", facts({ systems: [] }))).toContain("Services concernés : [à compléter].");
  });

  it("ANSSI drafts: from the entity with its security contact, 'incident important', no personal-data score (point 15)", () => {
    for (const kind of ["anssi-early-warning", "anssi-notification", "anssi-final-report"] as const) {
      const text = draft(kind);
      expect(text).toContain("Entité : Vigie Télécom SA");
      expect(text).toContain("Contact sécurité : Marc Leroy — securite@demo.vigie.fr");
      expect(text).not.toContain("Responsable du traitement");
      expect(text).not.toContain("3,75");
      expect(text).not.toMatch(/significatif/);
    }
    expect(draft("anssi-early-warning")).toContain("Incident important détecté");
  });

  it("Art. 34(3)(c): a public communication draft for the public, with where and when it was published (point 6)", () => {
    const unpublished = draft("public-communication");
    expect(unpublished).toContain("Communication publique — violation de données personnelles — Vigie Télécom SA");
    expect(unpublished).toContain("environ 42 personnes (Abonnés mobiles)");
    expect(unpublished).toContain("« SIM swap »");
    expect(unpublished).not.toContain("Note interne");
    expect(unpublished).toContain("Publication : [où et quand");
    const published = draft(
      "public-communication",
      facts({ publicCommunication: { publishedAt: at("2026-11-21T18:00:00+01:00"), publishedIn: "vigie-telecom.fr" } }),
    );
    expect(published).toContain("Publication : vigie-telecom.fr, le 21 nov. 2026 à 18:00 (heure de Paris)");
    const now = at("2026-10-24T12:00:00+02:00");
    const replaced = computeObligations(
      incidentFacts({
        art34Exception: "disproportionate_effort",
        publicCommunication: { publishedAt: at("2026-10-23T18:00:00+02:00"), publishedIn: "Site" },
      }),
      now,
      defaultOptions,
    );
    // Annex I section 2: the subscribers were informed, by the public communication.
    expect(subscriberNotice(replaced.filter((c) => c.id !== "eprivacy-611-subscribers"))).toBe("sent");
  });

  it("ANSSI drafts carry the incident's own NIS2 severity: impact on the service, criteria met (point 15)", () => {
    const outage = facts({
      crossBorder: null,
      nis2Impact: {
        usersAffected: 2_400_000,
        totalUsers: 21_000_000,
        durationMinutes: 190,
        completeOutage: false,
        geographicSpread: "cross_border",
        memberStates: ["BE", "LU"],
        financialLossEur: null,
        annualTurnoverEur: null,
        maliciousAccess: false,
        harmToPersons: false,
      },
    });
    for (const kind of ["anssi-early-warning", "anssi-notification", "anssi-final-report"] as const) {
      const text = draft(kind, outage);
      expect(text).toContain("Gravité (NIS2 art. 23(3)) : incident important au sens de NIS2");
      expect(text).toContain("service dégradé plus d’une heure pour plus de 5 % des utilisateurs ou plus d’un million");
      expect(text).toContain(
        // French figures group thousands with a narrow no-break space.
        "Impact sur le service : utilisateurs touchés 2\u202f400\u202f000 (11,4 %) sur 21\u202f000\u202f000 ; durée 190 min ; étendue transfrontière (autres États membres) (BE, LU) ; pertes financières [inconnu].",
      );
      expect(text).toContain("service touché dans d'autres États membres (BE, LU)");
      expect(text).not.toMatch(/service_degraded|cross_border|significant/);
    }
    expect(draft("anssi-notification")).toContain(
      "Gravité (NIS2 art. 23(3)) : évaluation de l'impact sur le service en cours",
    );
  });

  it("section 2's subscriber item reads the clocks: sent, not required, or still open", () => {
    const now = at("2026-10-24T12:00:00+02:00");
    const open = computeObligations(incidentFacts(), now, defaultOptions);
    expect(subscriberNotice(open)).toBeNull();
    const unlikely = computeObligations(incidentFacts({ riskLevel: "unlikely" }), now, defaultOptions);
    expect(subscriberNotice(unlikely)).toBe("not_required");
    const sent = computeObligations(
      incidentFacts({ notifications: [{ obligation: "gdpr-34", sentAt: at("2026-10-23T18:00:00+02:00") }] }),
      now,
      defaultOptions,
    );
    expect(subscriberNotice(sent)).toBe("sent");
  });
});
