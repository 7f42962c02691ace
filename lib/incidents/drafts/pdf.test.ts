import { describe, expect, it } from "vitest";
import { renderDraftPdf } from "./pdf";

describe("renderDraftPdf", () => {
  it("produces a PDF document holding the draft", async () => {
    const pdf = await renderDraftPdf(
      "Notification à la CNIL",
      "Nature de la violation : confidentialité.\nÉlément accentué.",
      "INC-2026-0001",
    );
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    expect(pdf.length).toBeGreaterThan(800);
  });
});
