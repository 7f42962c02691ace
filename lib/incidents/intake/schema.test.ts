import { describe, expect, it } from "vitest";
import { intakeSchemaAt } from "./schema";

const NOW = new Date("2026-12-04T16:00:00Z");
const paths = (body: unknown) => {
  const result = intakeSchemaAt(NOW).safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("POST /api/v1/incidents body (issue 14)", () => {
  it("awareReason is required when awareAt is later than detectedAt (point 2)", () => {
    const body = { detectedAt: "2026-12-03T10:00:00+01:00", awareAt: "2026-12-04T10:00:00+01:00" };
    expect(paths(body)).toEqual(["awareReason"]);
    expect(paths({ ...body, awareReason: "Exfiltrated volume confirmed" })).toEqual([]);
    expect(paths({ ...body, awareAt: body.detectedAt })).toEqual([]);
  });

  it("nis2AwareAt is its own instant, with nis2AwareReason when later than detection (points 1, 2)", () => {
    const body = { detectedAt: "2026-12-03T10:00:00+01:00", nis2AwareAt: "2026-12-03T12:00:00+01:00" };
    expect(paths(body)).toEqual(["nis2AwareReason"]);
    expect(paths({ ...body, nis2AwareReason: "Intrusion confirmed on the core network" })).toEqual([]);
    expect(paths({ ...body, nis2AwareAt: "2026-12-03T09:00:00+01:00" })).toEqual(["nis2AwareAt"]);
  });

  it("personalData and telecomService take true, false or null (unknown) (point 4)", () => {
    const parse = (extra: object) => intakeSchemaAt(NOW).parse({ detectedAt: "2026-12-03T10:00:00Z", ...extra });
    expect(parse({ personalData: null, telecomService: null })).toMatchObject({ personalData: null });
    expect(parse({ personalData: false }).personalData).toBe(false);
    expect(paths({ detectedAt: "2026-12-03T10:00:00Z", personalData: "yes" })).toEqual(["personalData"]);
  });

  it("impossible facts are refused field by field (point 7)", () => {
    expect(paths({ detectedAt: "2027-01-02T10:00:00+01:00" })).toEqual(["detectedAt"]);
    expect(paths({ detectedAt: "2026-12-03T10:00:00Z", occurredAt: "2026-12-03T11:00:00Z" })).toEqual(["occurredAt"]);
    expect(
      paths({
        detectedAt: "2026-12-03T10:00:00Z",
        notifications: [
          { obligation: "gdpr-33", sentAt: "2026-12-03T09:00:00Z" },
          { obligation: "gdpr-34", sentAt: "2026-12-24T09:00:00Z" },
        ],
      }),
    ).toEqual(["notifications.0.sentAt", "notifications.1.sentAt"]);
  });
});
