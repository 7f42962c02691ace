import { describe, expect, it } from "vitest";
import { messageKeys } from "@/lib/testing/message-keys";
import en from "./messages.en.json";
import fr from "./messages.fr.json";
import { E } from "./schemas";
import * as vocabulary from "./vocabulary";

const groups: [string, readonly string[]][] = [
  ["criticality", vocabulary.CRITICALITIES],
  ["severity", vocabulary.SEVERITIES],
  ["exposure", vocabulary.EXPOSURES],
  ["hosting", vocabulary.HOSTINGS],
  ["sourceKind", [...vocabulary.SOURCE_KINDS, "rule_set"]],
  ["testResult", vocabulary.TEST_RESULTS],
  ["providerKind", vocabulary.PROVIDER_KINDS],
  ["auditKind", vocabulary.AUDIT_KINDS],
  ["auditResult", vocabulary.AUDIT_RESULTS],
  ["status", vocabulary.FINDING_STATUSES],
];

it("has the same keys in French and English", () => {
  expect(messageKeys(en).sort()).toEqual(messageKeys(fr).sort());
});

describe.each([
  ["fr", fr],
  ["en", en],
] as const)("security programme messages (%s)", (_locale, messages) => {
  const keys = new Set(messageKeys(messages));
  it("label every value of every vocabulary and every error key", () => {
    for (const [group, values] of groups)
      for (const value of values)
        expect(keys.has(`securityProgramme.${group}.${value}`), `${group}.${value}`).toBe(true);
    for (const key of Object.values(E)) expect(keys.has(key), key).toBe(true);
  });
});
