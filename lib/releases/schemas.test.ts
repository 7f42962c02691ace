import { describe, expect, it } from "vitest";
import { MAX_RELEASE_THRESHOLD, MIN_RELEASE_THRESHOLD, releaseSettingsSchema } from "./schemas";

/** The field error the DPO would read under the threshold, or null when the value is taken. */
function refusal(threshold: unknown): string | null {
  const parsed = releaseSettingsSchema.safeParse({ threshold });
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(" ");
}

describe("the default threshold k", () => {
  it("takes a whole number typed in the form or sent as a number, within the bounds", () => {
    expect(releaseSettingsSchema.parse({ threshold: "15" })).toEqual({ threshold: 15 });
    expect(releaseSettingsSchema.parse({ threshold: " 11 " })).toEqual({ threshold: 11 });
    expect(releaseSettingsSchema.parse({ threshold: MIN_RELEASE_THRESHOLD })).toEqual({ threshold: 3 });
    expect(releaseSettingsSchema.parse({ threshold: String(MAX_RELEASE_THRESHOLD) })).toEqual({ threshold: 1000 });
  });

  it("refuses a k below the frequency rule's floor of 3, saying why", () => {
    expect(refusal(2)).toBe("releases.errors.thresholdFloor");
    expect(refusal("1")).toBe("releases.errors.thresholdFloor");
    expect(refusal("0")).toBe("releases.errors.thresholdFloor");
    expect(refusal(-5)).toBe("releases.errors.thresholdFloor");
  });

  it("refuses a k above the ceiling, and huge numbers", () => {
    expect(refusal(1001)).toBe("releases.errors.thresholdCeiling");
    expect(refusal("9".repeat(25))).toBe("releases.errors.thresholdCeiling");
    expect(refusal(1e308)).toBe("releases.errors.thresholdCeiling");
  });

  it("refuses what is not a whole number with one field error", () => {
    for (const hostile of [
      "",
      "dix",
      "10.5",
      10.5,
      "-5",
      "1e3",
      "0x10",
      "1\u00000",
      "\u0000",
      "1\ud800",
      "9".repeat(400),
      Infinity,
      NaN,
      null,
      undefined,
      true,
      [10],
      { k: 10 },
    ]) {
      expect(refusal(hostile), JSON.stringify(String(hostile))).toBe("releases.errors.thresholdInteger");
    }
  });

  it("refuses any other field", () => {
    expect(releaseSettingsSchema.safeParse({ threshold: 10, k: 2 }).success).toBe(false);
  });
});
