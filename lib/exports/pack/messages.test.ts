import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageKeys } from "@/lib/testing/message-keys";
import { describeProblem } from "./describe";
import en from "./messages.en.json";
import fr from "./messages.fr.json";
import type { PackProblem } from "./verify";

/** Every problem the verifier can report (the Record makes the compiler check the list is complete). */
const codes: Record<PackProblem["code"], true> = {
  corrupt_zip: true,
  bad_trusted_key: true,
  missing: true,
  duplicate: true,
  added: true,
  bad_public_key: true,
  bad_signature: true,
  unreadable: true,
  bad_manifest: true,
  key_mismatch: true,
  size_mismatch: true,
  hash_mismatch: true,
};

describe.each([
  ["fr", fr],
  ["en", en],
] as const)("pack messages (%s)", (locale, messages) => {
  const t = createTranslator({ locale, messages, namespace: "auditPack.verify" });

  it("word every problem, naming the file", () => {
    for (const code of Object.keys(codes)) {
      const text = t(`problems.${code}` as "problems.missing", {
        file: "journal-audit.json",
        detail: "d",
        expected: "1",
        found: "2",
      });
      expect(text, code).not.toContain("problems.");
      if (!["corrupt_zip", "bad_trusted_key"].includes(code)) expect(text, code).toContain("journal-audit.json");
    }
  });
});

it("has the same keys in French and English", () => {
  expect(messageKeys(en).sort()).toEqual(messageKeys(fr).sort());
});

it("the command line words every problem too", () => {
  for (const code of Object.keys(codes) as PackProblem["code"][]) {
    const problem = {
      code,
      file: code === "corrupt_zip" || code === "bad_trusted_key" ? null : "x.json",
      detail: "d",
      expected: 1,
      found: 2,
    } as PackProblem;
    expect(describeProblem(problem), code).toMatch(/\S/);
  }
});
