import { describe, expect, it } from "vitest";
import fr from "./messages.fr.json";
import en from "./messages.en.json";
import { formatSize } from "./format-size";
import { scopeText } from "./scope-text";

/** A tiny ICU-less interpolation of the French messages, enough for these sentences. */
const t = (key: string, values: Record<string, string> = {}) =>
  (fr.exportCentre.scope as Record<string, string>)[key]!.replace(
    /\{(\w+)\}/g,
    (_, name: string) => values[name] ?? "",
  );

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("the history's scope and size cells", () => {
  it("names only what the report read", () => {
    expect(scopeText(t, "fr", "register", {})).toBe("toutes les entrées");
    expect(scopeText(t, "fr", "register", { activeOnly: true, asOf: "2026-01-01" })).toBe(
      "actives seulement · au 1 janv. 2026",
    );
    expect(scopeText(t, "fr", "register", { reference: "TRT-0042", csvSeparator: ";" })).toBe(
      "TRT-0042 · séparateur « ; »",
    );
    expect(scopeText(t, "fr", "incident", { reference: "INC-2026-0007" })).toBe("INC-2026-0007");
    expect(scopeText(t, "fr", "subscriber-dossier", { subscriberRef: "SUB-1" })).toBe("abonné SUB-1");
  });

  it("writes the period's days as the console does, never as ISO dates", () => {
    expect(scopeText(t, "fr", "breach-register", { from: "2026-01-01", to: "2026-06-30" })).toBe(
      "du 1 janv. 2026 au 30 juin 2026",
    );
    expect(scopeText(t, "en", "audit-log", { from: "2026-01-01", to: "2026-06-30" })).toBe(
      "du 1 Jan 2026 au 30 Jun 2026",
    );
  });

  it("prints sizes in decimal units", () => {
    expect(formatSize(999, "en")).toBe("999 byte");
    expect(formatSize(1_234_567, "en")).toBe("1.2 MB");
    expect(formatSize(5_000_000_000, "en")).toBe("5 GB");
    expect(formatSize(1_234_567, "fr").replace(/\s/g, " ")).toBe("1,2 Mo");
  });

  it("has the same messages in French and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });
});
