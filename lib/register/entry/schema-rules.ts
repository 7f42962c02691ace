import type { z } from "zod";

import { listActivationBlockers } from "../completeness/completeness";
import { isEeaCountry } from "../catalogue/countries";
import { DPIA_ERRORS, screenDpia } from "../dpia/dpia";
import type { EntryPath } from "./paths";
import type { ProcessingActivity, Transfer } from "./types";

/** Error keys of the cross-field invariants (always checked, drafts included). */
export const ENTRY_ERRORS = {
  retentionCategoryNotDeclared: "register.errors.retentionCategoryNotDeclared",
  retentionCategoryDuplicate: "register.errors.retentionCategoryDuplicate",
  transferCountryInEea: "register.errors.transferCountryInEea",
} as const;

/**
 * Cross-field rules of a register entry, for `processingActivitySchema`.
 * Always: a retention rule concerns a declared data category, once; a transfer goes outside the
 * EEA (GDPR Art. 44); the DPO cannot waive a DPIA the CNIL list makes mandatory, even when the
 * list item is derived from the data (large-scale location data).
 * Outside `draft`: every blocking item of `assessCompleteness` — GDPR Art. 30 items and the
 * conditions of Art. 6(1), 6(1)(f), 9(2), 10 and retention ceilings (CPCE art. L34-1).
 */
export function validateProcessingActivity(entry: ProcessingActivity, ctx: z.RefinementCtx): void {
  const issue = (path: EntryPath, message: string, params?: Record<string, unknown>) =>
    ctx.addIssue({ code: "custom", path: [...path], message, ...(params ? { params } : {}) });

  const seen = new Set<string>();
  entry.retention.forEach((rule, index) => {
    const path = ["retention", index, "dataCategory"];
    if (!entry.dataCategories.includes(rule.dataCategory)) {
      issue(path, ENTRY_ERRORS.retentionCategoryNotDeclared);
    } else if (seen.has(rule.dataCategory)) {
      issue(path, ENTRY_ERRORS.retentionCategoryDuplicate);
    }
    seen.add(rule.dataCategory);
  });

  const transfers: { transfer: Transfer; path: EntryPath }[] = [
    ...entry.transfers.map((transfer, i) => ({ transfer, path: ["transfers", i] })),
    ...entry.controllersServed.flatMap((served, i) =>
      served.transfers.map((transfer, j) => ({ transfer, path: ["controllersServed", i, "transfers", j] })),
    ),
  ];
  for (const { transfer, path } of transfers) {
    if (transfer.country !== "" && isEeaCountry(transfer.country)) {
      issue([...path, "country"], ENTRY_ERRORS.transferCountryInEea);
    }
  }

  // A declared CNIL type is already refused by dpiaSchema; here, the types derived from the data.
  if (entry.dpia.cnilRequiredTypes.length === 0) {
    const screening = screenDpia({ ...entry.dpia, dataCategories: entry.dataCategories });
    if (screening.reasons.some((reason) => reason.kind === "dpo_override_refused")) {
      issue(["dpia", "dpoOverride", "isDpiaRequired"], DPIA_ERRORS.overrideNotAllowed);
    }
  }

  if (entry.status === "draft") return;
  for (const item of listActivationBlockers(entry)) issue(item.path, item.key, item.params);
}
