import { describe, expect, it } from "vitest";
import { decreeStatus, findDecreeInForce, NATIONAL_SECURITY_DECREES, type RetentionDecree } from "./retention-ceilings";

const NUMBERED = /^Décret n° \d{4}-\d+ du \d{1,2} [a-zéû]+ \d{4}$/;

describe("the national-security injunction decrees (CPCE art. L34-1 III)", () => {
  it("gives an exact reference and a source for every verified row, and never a decree number for an unverified one", () => {
    for (const decree of NATIONAL_SECURITY_DECREES) {
      if (decree.verified) {
        expect(decree.reference).toMatch(NUMBERED);
        expect(decree.source).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
      } else {
        expect(decree.reference).not.toMatch(/n° \d/);
        expect(decree.source).toBeUndefined();
      }
    }
    expect(NATIONAL_SECURITY_DECREES.filter((d) => d.verified).map((d) => d.reference)).toEqual([
      "Décret n° 2021-1363 du 20 octobre 2021",
      "Décret n° 2022-1327 du 17 octobre 2022",
      "Décret n° 2023-933 du 10 octobre 2023",
    ]);
  });

  it("chains the decrees one year each, without gap or overlap", () => {
    const sorted = [...NATIONAL_SECURITY_DECREES].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    sorted.forEach((decree, i) => {
      expect(decree.effectiveFrom < decree.effectiveUntil).toBe(true);
      const next = sorted[i + 1];
      if (next) {
        const dayAfter = new Date(`${decree.effectiveUntil}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(next.effectiveFrom).toBe(dayAfter.toISOString().slice(0, 10));
      }
    });
  });

  it("finds the decree in force on a day, verified or not", () => {
    expect(decreeStatus("2023-10-21")).toMatchObject({ kind: "in_force", decree: { verified: true } });
    expect(decreeStatus("2023-10-20")).toMatchObject({ kind: "in_force", decree: { reference: /2022-1327/ } });
    expect(decreeStatus("2026-06-01")).toMatchObject({ kind: "in_force", decree: { verified: false } });
  });

  it("says none is in force once the last known one lapsed (e.g. on 5 December 2026), naming the last one", () => {
    const status = decreeStatus("2026-12-05");
    expect(status.kind).toBe("none");
    if (status.kind === "none") expect(status.lastKnown?.effectiveUntil).toBe("2026-10-20");
    expect(findDecreeInForce("2026-12-05")).toBeUndefined();
    expect(decreeStatus("2021-01-01")).toEqual({ kind: "none", lastKnown: null });
  });

  it("counts a decree recorded later (the DPO adds the renewal)", () => {
    const renewal: RetentionDecree = {
      reference: "Décret n° 2026-999 du 15 octobre 2026",
      effectiveFrom: "2026-10-21",
      effectiveUntil: "2027-10-20",
      verified: true,
    };
    expect(decreeStatus("2026-12-05", [...NATIONAL_SECURITY_DECREES, renewal])).toMatchObject({
      kind: "in_force",
      decree: renewal,
    });
  });
});
