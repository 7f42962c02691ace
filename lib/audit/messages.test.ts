import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageKeys } from "@/lib/testing/message-keys";
import { actionLabel, entityTypeLabel, type AuditTranslator } from "@/components/audit/labels";
import { auditActions, auditEntityTypes } from "./events";
import en from "./messages.en.json";
import fr from "./messages.fr.json";

describe.each([
  ["fr", fr],
  ["en", en],
] as const)("audit messages (%s)", (locale, messages) => {
  // Untyped, as in the app (no global message types): keys are built at run time.
  const t = createTranslator({ locale, messages, namespace: "audit" }) as unknown as AuditTranslator;

  it("label every audit action and entity type", () => {
    for (const action of auditActions) {
      expect(t.has(`actions.${action}`), action).toBe(true);
      expect(actionLabel(t, action)).not.toBe(action);
    }
    for (const type of auditEntityTypes) expect(entityTypeLabel(t, type)).not.toBe(type);
  });

  it("fall back to the raw name for an action or type without a label", () => {
    expect(actionLabel(t, "register.archive_everything")).toBe("register.archive_everything");
    expect(actionLabel(t, "user")).toBe("user");
    expect(entityTypeLabel(t, "spaceship")).toBe("spaceship");
  });

  it("translate every chain-break reason", () => {
    for (const reason of ["hash_mismatch", "link_mismatch", "missing_entry"])
      expect(t.has(`verify.reasons.${reason}`)).toBe(true);
  });
});

it("has the same keys in French and English", () => {
  expect(messageKeys(en).sort()).toEqual(messageKeys(fr).sort());
});
