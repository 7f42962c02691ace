import { describe, expect, it } from "vitest";
import fr from "../messages.fr.json";
import { describeField, describeValue, fieldOf } from "./describe";
import { diffValues } from "./diff";

// The French messages as next-intl would read them (ICU plurals reduced to their `one`/`other` forms).
const lookup = (key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], fr);
const has = (key: string) => typeof lookup(key) === "string";
const t = (key: string, params: Record<string, string | number> = {}) => {
  const text = lookup(key);
  if (typeof text !== "string") throw new Error(`missing ${key}`);
  const count = Number(params.count);
  const plural = text.match(/^\{count, plural, (?:one \{(.*?)\} )?other \{(.*)\}\}$/);
  if (plural) return (count === 1 && plural[1] ? plural[1] : plural[2]!).replace("#", String(count));
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
};

describe("the history diff in words (issue 15.9)", () => {
  it("names fields by their form labels and values as the UI shows them", () => {
    const [status] = diffValues({ status: "draft" }, { status: "active" });
    expect(describeField(status!.segments, t, has)).toBe("Statut");
    expect(describeValue(status!.before, fieldOf(status!.segments), t, "fr")).toBe("Brouillon");
    expect(describeValue(status!.after, fieldOf(status!.segments), t, "fr")).toBe("Active");

    const [basis] = diffValues(
      { purposes: [{ legalBasis: "contract" }, { legalBasis: "consent" }] },
      { purposes: [{ legalBasis: "contract" }, { legalBasis: "legitimate_interests" }] },
    );
    expect(describeField(basis!.segments, t, has)).toMatch(/ 2 · Base légale \(art\. 6\)$/);
    expect(describeValue(basis!.after, "legalBasis", t, "fr")).toBe("Intérêt légitime");
  });

  it("summarises an added retention rule in words, never as JSON, with dates in French", () => {
    const rule = {
      dataCategory: "civil_identity",
      duration: { value: 1, unit: "years" },
      trigger: "après la fin du contrat",
    };
    const [added] = diffValues({ retention: [] }, { retention: [rule] });
    const text = describeValue(added!.after, fieldOf(added!.segments), t, "fr");
    expect(text).toBe("Identité civile — 1 an — après la fin du contrat");
    expect(text).not.toContain("{");
    expect(describeValue("2026-03-01", "nextReviewOn", t, "fr")).toBe("1 mars 2026");
  });
});
