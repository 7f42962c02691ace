import { describe, expect, it } from "vitest";
import { severityInputSchema } from "./schemas";

const valid = {
  dataType: "behavioural",
  contextAdjustment: 0,
  easeOfIdentification: "maximum",
  confidentiality: "unknown_or_public",
  integrity: "none",
  availability: "temporary",
  malicious: true,
};

describe("severityInputSchema", () => {
  it("accepts a complete input without a context reason when the DPC is not adjusted", () => {
    expect(severityInputSchema.safeParse(valid).success).toBe(true);
  });

  it("requires a reason on the contextReason field when the DPC is adjusted", () => {
    const result = severityInputSchema.safeParse({ ...valid, contextAdjustment: 1, contextReason: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["contextReason"],
        message: "incidents.errors.contextReasonRequired",
      }),
    ]);
    const ok = severityInputSchema.parse({ ...valid, contextAdjustment: -1, contextReason: " public data " });
    expect(ok.contextReason).toBe("public data");
  });

  it.each([
    ["an adjustment beyond ±3", { contextAdjustment: 4, contextReason: "x" }, "contextAdjustment"],
    ["a final DPC below 1", { contextAdjustment: -2, contextReason: "x" }, "contextAdjustment"],
    ["a fractional adjustment", { contextAdjustment: 0.5 }, "contextAdjustment"],
    ["an unknown data type", { dataType: "genetic" }, "dataType"],
    ["an unknown ease of identification", { easeOfIdentification: "0.6" }, "easeOfIdentification"],
    ["a string for malicious", { malicious: "yes" }, "malicious"],
  ])("rejects %s on its field", (_name, patch, field) => {
    const result = severityInputSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("reports i18n keys, never English sentences: required vs invalid option", () => {
    const { integrity: _omitted, ...withoutIntegrity } = valid;
    const missing = severityInputSchema.safeParse(withoutIntegrity);
    expect(missing.error?.issues[0]).toMatchObject({
      path: ["integrity"],
      message: "incidents.errors.required",
    });
    const wrong = severityInputSchema.safeParse({ ...valid, integrity: "lost" });
    expect(wrong.error?.issues[0]?.message).toBe("incidents.errors.invalidOption");
    const tooLong = severityInputSchema.safeParse({ ...valid, contextReason: "x".repeat(2001) });
    expect(tooLong.error?.issues[0]?.message).toBe("incidents.errors.tooLong");
  });
});
