import type { DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import { createEmptyDpia } from "@/lib/register/entry/defaults";
import type { CnilDpiaRequiredKey, Dpia, Wp248CriterionKey } from "@/lib/register/dpia/dpia";
import type { Art9Condition, LegalBasis } from "@/lib/register/catalogue/legal-bases";
import type { ProcessingActivity, RecipientKind, Transfer } from "@/lib/register/schemas";
import type { SecurityMeasureKey } from "@/lib/register/catalogue/security-measures";

/**
 * Compact builders for the demo register: each demo entry is a few lines, dates are days relative
 * to the seeding instant, and the organisation, DPO and usual security measures are filled in.
 */
const DAY = 86_400_000;
export const isoDay = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

export const ORGANISATION = {
  name: "Vigie Télécom SA",
  contact: "12 rue des Antennes, 75011 Paris — privacy@vigie-telecom.example",
};
export const DPO = {
  name: "Claire Martin, déléguée à la protection des données",
  contact: "dpo@demo.vigie.fr — 12 rue des Antennes, 75011 Paris",
};
export const BASE_MEASURES: SecurityMeasureKey[] = [
  "access_control",
  "strong_authentication",
  "encryption_in_transit",
  "logging_monitoring",
  "backup_restore",
  "staff_training_confidentiality",
];

type PurposeSpec = [description: string, basis: LegalBasis | null, art9?: Art9Condition | null, balancing?: string];
type RecipientSpec = [kind: RecipientKind, name: string, isInThirdCountry?: boolean];
type RetentionSpec = [
  category: DataCategoryKey,
  value: number,
  unit: "months" | "years",
  trigger: string,
  legalReference: string,
  justification?: string,
];
type ProcessorSpec = [name: string, service: string, country: string, contractDaysAgo: number | null];

export interface DpiaSpec {
  criteria?: Wp248CriterionKey[];
  cnil?: CnilDpiaRequiredKey[];
  status?: Dpia["status"];
  /** Completed this many days ago (with a document reference), next review a year later. */
  doneDaysAgo?: number;
  override?: { isDpiaRequired: boolean; reason: string };
}

export interface EntrySpec {
  name: string;
  description: string;
  role?: ProcessingActivity["role"];
  purposes: PurposeSpec[];
  subjects: string[];
  categories: DataCategoryKey[];
  recipients: RecipientSpec[];
  transfers?: Transfer[];
  retention: RetentionSpec[];
  measures?: SecurityMeasureKey[];
  securityText?: string;
  source: string;
  systems: string[];
  processors?: ProcessorSpec[];
  owner: string;
  /** Next review in this many days (negative: overdue); null: not planned. */
  review: number | null;
  dpia?: DpiaSpec;
  criminalAuthorisation?: string;
  controllersServed?: ProcessingActivity["controllersServed"];
  jointControllers?: ProcessingActivity["jointControllers"];
  /** Overrides applied last, to make an entry realistically incomplete. */
  gaps?: Partial<ProcessingActivity>;
  /** When it was first saved, in days before now. */
  createdDaysAgo: number;
  /** Earlier content: the entry is first saved with these changes, then saved as specified. */
  earlier?: { daysAgo: number; changes: Partial<ProcessingActivity> };
  /** Leave as a draft even when complete. */
  keepDraft?: boolean;
  /** Retire after activation, this many days ago. */
  retiredDaysAgo?: number;
}

function dpiaOf(spec: DpiaSpec | undefined, now: Date): Dpia {
  const dpia = createEmptyDpia();
  if (!spec) return dpia;
  const completedOn = spec.doneDaysAgo !== undefined ? isoDay(now, -spec.doneDaysAgo) : null;
  return {
    ...dpia,
    criteria: spec.criteria ?? [],
    cnilRequiredTypes: spec.cnil ?? [],
    dpoOverride: spec.override ?? null,
    status: completedOn ? "done" : (spec.status ?? "not_started"),
    completedOn,
    documentReference: completedOn ? `AIPD-${completedOn.slice(0, 4)}-${Math.abs(spec.doneDaysAgo ?? 0) % 97}` : "",
    nextReviewOn: completedOn ? isoDay(now, 365 - (spec.doneDaysAgo ?? 0)) : null,
  };
}

/** The full entry of a demo spec at `now`. */
export function buildEntry(spec: EntrySpec, now: Date): ProcessingActivity {
  const entry: ProcessingActivity = {
    name: spec.name,
    description: spec.description,
    role: spec.role ?? "controller",
    status: "draft",
    organisation: ORGANISATION,
    dpo: DPO,
    euRepresentative: null,
    jointControllers: spec.jointControllers ?? [],
    controllersServed: spec.controllersServed ?? [],
    purposes: spec.purposes.map(([description, legalBasis, art9Condition, balancingTest]) => ({
      description,
      legalBasis,
      art9Condition: art9Condition ?? null,
      balancingTest: balancingTest ?? "",
    })),
    dataSubjectCategories: spec.subjects,
    dataCategories: spec.categories,
    criminalDataAuthorisation: spec.criminalAuthorisation ?? "",
    recipients: spec.recipients.map(([kind, name, isInThirdCountry]) => ({
      kind,
      name,
      isInThirdCountry: isInThirdCountry ?? false,
    })),
    transfers: spec.transfers ?? [],
    retention: spec.retention.map(([dataCategory, value, unit, trigger, legalReference, justification]) => ({
      dataCategory,
      duration: { value, unit },
      trigger,
      legalReference,
      justification: justification ?? "",
    })),
    securityMeasures: {
      measures: spec.measures ?? BASE_MEASURES,
      description:
        spec.securityText ??
        "Habilitations par profil métier revues chaque semestre, journalisation des accès, chiffrement des flux.",
    },
    dataSource: spec.source,
    systems: spec.systems,
    processors: (spec.processors ?? []).map(([name, service, country, days]) => ({
      name,
      service,
      country,
      contractDate: days === null ? null : isoDay(now, -days),
    })),
    businessOwner: spec.owner,
    nextReviewOn: spec.review === null ? null : isoDay(now, spec.review),
    dpia: dpiaOf(spec.dpia, now),
  };
  return { ...entry, ...spec.gaps };
}
