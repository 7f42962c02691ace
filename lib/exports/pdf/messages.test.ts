import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import fr from "./messages.fr.json";

/** Every key path of a nested message object with its ICU placeholders, e.g. `exportsPdf.page` → `page,total`. */
function entries(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string")
    return [
      [
        prefix,
        [...value.matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(","),
      ],
    ];
  return Object.entries(value as object).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

describe("the reports' messages", () => {
  it("exist in French and English with the same keys and the same placeholders", () => {
    expect(entries(en)).toEqual(entries(fr));
  });

  it("name every Art. 30(1) item (a)-(g) and Art. 30(2) item (a)-(d)", () => {
    for (const messages of [fr, en]) {
      expect(Object.keys(messages.exportsPdf.register.art30_1)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
      expect(Object.keys(messages.exportsPdf.register.art30_2)).toEqual(["a", "b", "c", "d"]);
    }
  });
});
