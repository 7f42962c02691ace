import { describe, expect, it } from "vitest";
import { pdfTranslator } from "./i18n";

describe("pdfTranslator", () => {
  it("translates plain labels (remembered) and messages with values (never mixed up) in the reader's language", async () => {
    const fr = await pdfTranslator("fr");
    const en = await pdfTranslator("en");
    expect(fr("exportsPdf.toc")).toBe(fr("exportsPdf.toc"));
    expect(fr("exportsPdf.toc")).not.toBe(en("exportsPdf.toc"));
    expect(fr("exportsPdf.page", { page: 3, total: 9 })).toMatch(/3.*9/);
    expect(fr("exportsPdf.page", { page: 4, total: 9 })).toMatch(/4.*9/);
  });
});
