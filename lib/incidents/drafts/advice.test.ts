import { describe, expect, it } from "vitest";
import { DATA_CATEGORY_KEYS } from "@/lib/register/catalogue/catalogue";
import { adviceFor } from "./advice";

describe("what a subscriber notice tells people, from the categories breached", () => {
  it.each(DATA_CATEGORY_KEYS)("%s has its own likely consequence and advice (no '[à compléter]' left)", (key) => {
    const { consequences, advice } = adviceFor([key]);
    expect(consequences.length).toBeGreaterThan(0);
    expect(advice.length).toBe(consequences.length);
    for (const text of [...consequences, ...advice]) expect(text).not.toMatch(/\[|\bTODO\b/);
  });

  it("several categories give each text once, most serious first", () => {
    const { consequences } = adviceFor(["contact_details", "device_sim_identifiers", "contract_subscription"]);
    expect(consequences).toHaveLength(2);
    expect(consequences[0]).toContain("SIM swap");
  });
});
