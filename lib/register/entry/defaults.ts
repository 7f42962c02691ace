import type { DataCategoryKey } from "../catalogue/catalogue";
import type { Dpia } from "../dpia/dpia";
import type {
  ControllerServed,
  ProcessingActivity,
  ProcessingRole,
  Purpose,
  Recipient,
  RetentionRule,
  Transfer,
} from "../schemas";

/**
 * Empty values for forms (react-hook-form `defaultValues`, "add a row" buttons): each one parses
 * with the register schemas as a draft, and `assessCompleteness` lists what is left to fill in
 * (GDPR Art. 30).
 */
export function createEmptyPurpose(): Purpose {
  return { description: "", family: null, legalBasis: null, balancingTest: "", art9Condition: null };
}

export function createEmptyRecipient(): Recipient {
  return { kind: "internal", name: "", isInThirdCountry: false };
}

export function createEmptyTransfer(): Transfer {
  return {
    country: "",
    internationalOrganisation: "",
    recipient: "",
    mechanism: null,
    documentationReference: "",
  };
}

export function createEmptyRetentionRule(dataCategory: DataCategoryKey): RetentionRule {
  return {
    dataCategory,
    duration: { value: 1, unit: "years" },
    trigger: "",
    legalReference: "",
    justification: "",
  };
}

export function createEmptyControllerServed(): ControllerServed {
  return {
    name: "",
    contact: "",
    isEstablishedInEu: true,
    representative: null,
    dpo: null,
    processingCategories: [],
    transfers: [],
    contractDate: null,
  };
}

export function createEmptyDpia(): Dpia {
  return {
    criteria: [],
    cnilRequiredTypes: [],
    cnilExemptTypes: [],
    dpoOverride: null,
    status: "not_started",
    completedOn: null,
    documentReference: "",
    nextReviewOn: null,
  };
}

/** A new draft entry with only its name and role. */
export function createEmptyProcessingActivity(name: string, role: ProcessingRole = "controller"): ProcessingActivity {
  return {
    name,
    description: "",
    role,
    status: "draft",
    organisation: { name: "", contact: "" },
    dpo: { name: "", contact: "" },
    euRepresentative: null,
    jointControllers: [],
    controllersServed: [],
    purposes: [],
    dataSubjectCategories: [],
    dataCategories: [],
    criminalDataAuthorisation: "",
    recipients: [],
    transfers: [],
    retention: [],
    securityMeasures: { measures: [], description: "" },
    dataSource: "",
    systems: [],
    processors: [],
    businessOwner: "",
    nextReviewOn: null,
    dpia: createEmptyDpia(),
  };
}
