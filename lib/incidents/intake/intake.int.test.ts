import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidentNotifications, incidents, incidentTimeline } from "@/db/schema";
import { POST } from "@/app/api/v1/incidents/route";
import { GET } from "@/app/api/v1/incidents/[reference]/route";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { auditCount, auditEntries } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { toApiClock } from "./api-mapping";
import { computeObligations } from "../clocks/clocks";
import { DEFAULT_INCIDENT_SETTINGS, engineOptions, toIncidentFacts } from "../clocks/facts";
import { REFERENCE_PATTERN } from "../reference";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const keys = { write: "", read: "", consent: "" };

beforeAll(async () => {
  for (const [name, scopes] of [
    ["write", ["incidents:write"]],
    ["read", ["incidents:read"]],
    ["consent", ["consent:write"]],
  ] as const) {
    const { key } = await unsafeInsertApiKey(db(), {
      name: `siem-${name}`,
      scopes: [...scopes],
      createdBy: null,
      now: new Date(),
    });
    keys[name] = key;
  }
});

function post(body: unknown, key = keys.write) {
  return POST(
    new Request("http://vigie.test/api/v1/incidents", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}
function get(reference: string, key = keys.read) {
  return GET(
    new Request(`http://vigie.test/api/v1/incidents/${reference}`, { headers: { authorization: `Bearer ${key}` } }),
    { params: Promise.resolve({ reference }) },
  );
}
async function state() {
  const [i] = await db().select({ value: count() }).from(incidents);
  const [t] = await db().select({ value: count() }).from(incidentTimeline);
  const [n] = await db().select({ value: count() }).from(incidentNotifications);
  const counters = await db().execute(sql`select year, last from incident_counters order by year`);
  return {
    incidents: i!.value,
    timeline: t!.value,
    notifications: n!.value,
    audit: await auditCount(db()),
    counters: JSON.stringify(counters),
  };
}

const body = {
  externalId: "siem-4242",
  title: "Exfiltration via compromised VPN account",
  detectedAt: "2026-11-20T10:00:00+01:00",
  awareAt: "2026-11-20T14:00:00+01:00",
  awareReason: "Exfiltrated volume confirmed by the SOC",
  personalData: true,
  telecomService: true,
  nis2Significant: true,
  riskLevel: "high",
  notifications: [
    {
      obligation: "eprivacy-611-initial",
      sentAt: "2026-11-21T09:00:00+01:00",
      reference: "CNIL-611-1",
      complete: false,
    },
  ],
};

describe("POST /api/v1/incidents", () => {
  it("creates an incident (201), audit-logged with the key as actor", async () => {
    const response = await post(body);
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json.reference).toMatch(REFERENCE_PATTERN);
    expect(json.reference.startsWith("INC-2026-")).toBe(true);
    const [entry] = await auditEntries(db(), "incident.intake");
    expect(entry!.actorId).toBeNull();
    expect(entry!.actorLabel).toContain("siem-write");
  });

  it("returns the existing incident (200) for a known externalId, writing nothing", async () => {
    const before = await state();
    const response = await post({ ...body, title: "changed" });
    expect(response.status).toBe(200);
    expect((await response.json()).title).toBe(body.title);
    expect(await state()).toEqual(before);
  });

  it("the same externalId sent 20 times in parallel creates one incident", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post({ ...body, externalId: "siem-parallel" })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const refs = new Set(await Promise.all(responses.map(async (r) => (await r.json()).reference)));
    expect(refs.size).toBe(1);
    const rows = await db().select().from(incidents).where(eq(incidents.externalId, "siem-parallel"));
    expect(rows).toHaveLength(1);
  });

  it("50 parallel intakes get 50 distinct INC- references, no error", async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post({ ...body, externalId: `siem-bulk-${i}` })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const refs = await Promise.all(responses.map(async (r) => (await r.json()).reference as string));
    expect(new Set(refs).size).toBe(50);
    for (const ref of refs) expect(ref).toMatch(REFERENCE_PATTERN);
  });

  it.each([
    ["malformed JSON", "{not json", ""],
    ["missing detectedAt", { title: "x" }, "detectedAt"],
    ["instant without offset", { detectedAt: "2026-11-20T10:00:00" }, "detectedAt"],
    ["unknown risk level", { detectedAt: body.detectedAt, riskLevel: "severe" }, "riskLevel"],
    [
      "unknown obligation",
      { detectedAt: body.detectedAt, notifications: [{ obligation: "gdpr_art33", sentAt: body.detectedAt }] },
      "notifications.0.obligation",
    ],
    ["unknown field", { detectedAt: body.detectedAt, severity: 3 }, ""],
    // A late awareness needs its reason; impossible facts are refused, field by field.
    ["late awareness without a reason", { detectedAt: body.detectedAt, awareAt: body.awareAt }, "awareReason"],
    [
      "late NIS2 awareness without a reason",
      { detectedAt: body.detectedAt, nis2AwareAt: body.awareAt },
      "nis2AwareReason",
    ],
    ["a detection in the future (2027)", { detectedAt: "2027-01-02T10:00:00+01:00" }, "detectedAt"],
    [
      "occurrence after detection",
      { detectedAt: body.detectedAt, occurredAt: "2026-11-20T11:00:00+01:00" },
      "occurredAt",
    ],
    [
      "a notification sent in the future",
      { detectedAt: body.detectedAt, notifications: [{ obligation: "gdpr-33", sentAt: "2099-01-01T00:00:00Z" }] },
      "notifications.0.sentAt",
    ],
    // Years outside 1970–9999: 0000-01-01 gave a 500, 9999-12-31 the reference INC-10000-0001.
    ["detectedAt in year 0", { detectedAt: "0000-01-01T00:00:00Z" }, "detectedAt"],
    ["detectedAt on 9999-12-31", { detectedAt: "9999-12-31T00:00:00Z" }, "detectedAt"],
    ["detectedAt before 1970", { detectedAt: "1969-12-31T23:59:59Z" }, "detectedAt"],
    ["awareAt in year 0", { detectedAt: body.detectedAt, awareAt: "0000-01-01T00:00:00Z" }, "awareAt"],
    [
      "notification sentAt in year 10000",
      {
        detectedAt: body.detectedAt,
        notifications: [{ obligation: "eprivacy-611-initial", sentAt: "+010000-01-01T00:00:00Z" }],
      },
      "notifications.0.sentAt",
    ],
  ])("400 on %s, nothing written", async (_name, payload, path) => {
    const before = await state();
    const response = await post(payload);
    expect(response.status).toBe(400);
    const { code, message, issues } = await response.json();
    expect({ code, message: typeof message }).toEqual({ code: "VALIDATION", message: "string" });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((e: { path: string }) => e.path)).toContain(path);
    for (const e of issues) expect(typeof e.message).toBe("string");
    expect(await state()).toEqual(before);
  });

  it("401 on a bad key, 403 on a wrong scope, nothing written", async () => {
    const before = await state();
    expect((await post(body, "vgk_unknown")).status).toBe(401);
    expect((await post({ ...body, externalId: "x" }, keys.consent)).status).toBe(403);
    expect((await post({ ...body, externalId: "y" }, keys.read)).status).toBe(403);
    expect(await state()).toEqual({ ...before });
  });
});

describe("POST /api/v1/incidents: which clocks run (issue 14)", () => {
  const clock = (json: { clocks: { obligation: string }[] }, id: string) =>
    json.clocks.find((c) => c.obligation === id) as Record<string, unknown>;

  it("only detectedAt: GDPR and 611/2013 apply provisionally, scope to confirm (point 4)", async () => {
    const response = await post({ externalId: "siem-minimal", detectedAt: "2026-11-25T10:00:00+01:00" });
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json).toMatchObject({ personalData: null, telecomService: null });
    for (const id of ["gdpr-33", "gdpr-34", "eprivacy-611-initial", "eprivacy-611-subscribers"]) {
      expect(clock(json, id)).toMatchObject({ provisional: true, reason: null });
      expect(clock(json, id).status).not.toBe("not-applicable");
      expect(clock(json, id).notices).toContain("personal_data_to_confirm");
    }
    expect(clock(json, "gdpr-34").notices).toContain("risk_not_assessed_yet");
    expect(clock(json, "eprivacy-611-initial")).toMatchObject({ dueAt: "2026-11-26T09:00:00.000Z" });
  });

  it("nis2AwareAt drives the NIS2 clocks, awareAt the GDPR ones, each reason kept on the timeline (points 1, 2)", async () => {
    const response = await post({
      externalId: "siem-two-awarenesses",
      detectedAt: "2026-11-25T10:00:00+01:00",
      nis2AwareAt: "2026-11-25T12:00:00+01:00",
      nis2AwareReason: "Intrusion on the core network confirmed",
      awareAt: "2026-11-26T09:00:00+01:00",
      awareReason: "Exfiltrated subscriber volume confirmed",
      personalData: true,
      telecomService: true,
      nis2Significant: true,
    });
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json).toMatchObject({
      nis2AwareAt: "2026-11-25T11:00:00.000Z",
      nis2AwareReason: "Intrusion on the core network confirmed",
      awareReason: "Exfiltrated subscriber volume confirmed",
    });
    expect(clock(json, "nis2-early-warning")).toMatchObject({
      startsAt: "2026-11-25T11:00:00.000Z",
      dueAt: "2026-11-26T11:00:00.000Z",
    });
    expect(clock(json, "gdpr-33")).toMatchObject({ startsAt: "2026-11-26T08:00:00.000Z" });
    const entries = await db().select().from(incidentTimeline).where(eq(incidentTimeline.incidentId, json.id));
    expect(entries.map((e) => [e.kind, e.text]).sort()).toEqual(
      [
        ["awareness", "Exfiltrated subscriber volume confirmed"],
        ["detection", "SIEM"],
        ["nis2_awareness", "Intrusion on the core network confirmed"],
      ].sort(),
    );
  });
});

describe("GET /api/v1/incidents/{reference}", () => {
  it("returns the clocks the engine computes, instants in UTC Z", async () => {
    const created = await (await post({ ...body, externalId: "siem-get" })).json();
    const response = await get(created.reference);
    expect(response.status).toBe(200);
    const json = await response.json();
    const [row] = await db().select().from(incidents).where(eq(incidents.reference, created.reference));
    const sent = await db().select().from(incidentNotifications).where(eq(incidentNotifications.incidentId, row!.id));
    const now = new Date();
    const expected = computeObligations(toIncidentFacts(row!, sent), now, engineOptions(DEFAULT_INCIDENT_SETTINGS)).map(
      (c) => toApiClock(c),
    );
    expect(json.clocks).toEqual(expected);
    expect(json.clocks.map((c: { obligation: string }) => c.obligation)).toEqual([
      "gdpr-33",
      "gdpr-34",
      "gdpr-34-public",
      "eprivacy-611-initial",
      "eprivacy-611-second",
      "eprivacy-611-subscribers",
      "nis2-early-warning",
      "nis2-notification",
      "nis2-final-report",
      "nis2-recipients",
    ]);
    const second = json.clocks.find((c: { obligation: string }) => c.obligation === "eprivacy-611-second");
    expect(second).toMatchObject({
      authority: "CNIL",
      startsAt: "2026-11-21T08:00:00.000Z",
      dueAt: "2026-11-24T08:00:00.000Z",
    });
    const initial = json.clocks.find((c: { obligation: string }) => c.obligation === "eprivacy-611-initial");
    expect(initial).toMatchObject({
      status: "met",
      metAt: "2026-11-21T08:00:00.000Z",
      dueAt: "2026-11-21T09:00:00.000Z",
    });
    for (const clock of json.clocks)
      for (const k of ["startsAt", "dueAt", "metAt"]) if (clock[k]) expect(clock[k]).toMatch(/Z$/);
  });

  it("404 for an unknown reference, 401 without a valid key", async () => {
    expect((await get("INC-1999-0001")).status).toBe(404);
    expect((await get("INC-1999-0001", "vgk_nope")).status).toBe(401);
  });
});

describe("timeline immutability", () => {
  it("refuses UPDATE and DELETE on timeline entries and notifications", async () => {
    await expect(db().execute(sql`update incident_timeline set text = 'changed'`)).rejects.toThrow();
    await expect(db().execute(sql`delete from incident_timeline`)).rejects.toThrow();
    await expect(db().execute(sql`update incident_notifications set reference = 'x'`)).rejects.toThrow();
  });
});
