import { createEmptyDpia } from "./entry/defaults";
import type { ProcessingActivity } from "./schemas";

/**
 * Fictitious but realistic register entries for tests: a complete controller entry (subscriber
 * billing of the operator "Vigie Télécom") and a complete processor entry (hosting an MVNO's
 * network traffic). Pass overrides to break one item at a time.
 */
export function buildControllerEntry(overrides: Partial<ProcessingActivity> = {}): ProcessingActivity {
  return {
    name: "Facturation des abonnés mobiles",
    description: "Émission des factures, encaissement, facture détaillée.",
    role: "controller",
    status: "active",
    organisation: { name: "Vigie Télécom SA", contact: "12 rue des Ondes, 75015 Paris" },
    dpo: { name: "Délégué à la protection des données", contact: "dpo@vigie-telecom.example" },
    euRepresentative: null,
    jointControllers: [],
    controllersServed: [],
    purposes: [
      { description: "Facturer les abonnés", legalBasis: "contract", balancingTest: "", art9Condition: null },
      {
        description: "Conserver les pièces comptables",
        legalBasis: "legal_obligation",
        balancingTest: "",
        art9Condition: null,
      },
    ],
    dataSubjectCategories: ["Abonnés mobiles"],
    dataCategories: ["civil_identity", "billing_payment", "billing_traffic"],
    criminalDataAuthorisation: "",
    recipients: [
      { kind: "internal", name: "Service facturation", isInThirdCountry: false },
      { kind: "processor", name: "Imprimeur des factures", isInThirdCountry: false },
    ],
    transfers: [],
    retention: [
      {
        dataCategory: "civil_identity",
        duration: { value: 5, unit: "years" },
        trigger: "après la fin du contrat",
        legalReference: "CPCE art. L34-1 II bis 1°",
        justification: "",
      },
      {
        dataCategory: "billing_payment",
        duration: { value: 12, unit: "months" },
        trigger: "après la fin du contrat",
        legalReference: "CPCE art. L34-1 II bis 2°",
        justification: "",
      },
      {
        dataCategory: "billing_traffic",
        duration: { value: 1, unit: "years" },
        trigger: "à compter du paiement",
        legalReference: "CPCE art. L34-2",
        justification: "",
      },
    ],
    securityMeasures: { measures: ["access_control", "encryption_at_rest", "logging_monitoring"], description: "" },
    dataSource: "Souscription et réseau",
    systems: ["BSCS", "SAP FI"],
    processors: [
      { name: "Imprimerie Durand", service: "Impression et mise sous pli", country: "FR", contractDate: "2024-03-01" },
    ],
    businessOwner: "Direction financière",
    nextReviewOn: "2027-06-30",
    dpia: createEmptyDpia(),
    ...overrides,
  };
}

export function buildProcessorEntry(overrides: Partial<ProcessingActivity> = {}): ProcessingActivity {
  return buildControllerEntry({
    name: "Acheminement du trafic d'un MVNO",
    role: "processor",
    purposes: [],
    dataSubjectCategories: [],
    dataCategories: [],
    recipients: [],
    retention: [],
    dataSource: "",
    controllersServed: [
      {
        name: "Lune Mobile SAS",
        contact: "privacy@lune-mobile.example",
        isEstablishedInEu: true,
        representative: null,
        dpo: { name: "DPO Lune Mobile", contact: "dpo@lune-mobile.example" },
        processingCategories: ["Acheminement des appels et SMS", "Production des CDR"],
        transfers: [],
        contractDate: "2023-09-01",
      },
    ],
    ...overrides,
  });
}
