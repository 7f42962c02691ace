import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidentNotifications, incidents, incidentTimeline } from "@/db/schema";
import { POST } from "@/app/api/v1/incidents/route";
import { GET } from "@/app/api/v1/incidents/[reference]/route";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { auditCount, auditEntries } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

/** `POST /api/v1/incidents` with GDPR Art. 34(3)(c): the exception and the public communication's evidence. */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const keys = { write: "", read: "" };

beforeAll(async () => {
  for (const name of ["write", "read"] as const) {
    const { key } = await unsafeInsertApiKey(db(), {
      name: `siem-${name}`,
      scopes: [`incidents:${name}`],
      createdBy: null,
      now: new Date(),
    });
    keys[name] = key;
  }
});

const post = (body: unknown) =>
  POST(
    new Request("http://vigie.test/api/v1/incidents", {
      method: "POST",
      headers: { authorization: `Bearer ${keys.write}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
const get = (reference: string) =>
  GET(
    new Request(`http://vigie.test/api/v1/incidents/${reference}`, {
      headers: { authorization: `Bearer ${keys.read}` },
    }),
    { params: Promise.resolve({ reference }) },
  );
async function state() {
  const [i] = await db().select({ value: count() }).from(incidents);
  const [t] = await db().select({ value: count() }).from(incidentTimeline);
  const [n] = await db().select({ value: count() }).from(incidentNotifications);
  return { incidents: i!.value, timeline: t!.value, notifications: n!.value, audit: await auditCount(db()) };
}

describe("POST /api/v1/incidents: Art. 34(3)(c) public communication (issue 14 point 6)", () => {
  const clock = (json: { clocks: { obligation: string }[] }, id: string) =>
    json.clocks.find((c) => c.obligation === id) as Record<string, unknown>;
  const base = {
    detectedAt: "2026-11-20T10:00:00+01:00",
    personalData: true,
    telecomService: true,
    riskLevel: "high",
    art34Exception: "disproportionate_effort",
  };

  it("disproportionate effort without a publication: the public communication is its own pending obligation", async () => {
    const response = await post({ ...base, externalId: "siem-34c-pending" });
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json).toMatchObject({ art34Exception: "disproportionate_effort", publicCommunication: null });
    expect(clock(json, "gdpr-34")).toMatchObject({ status: "not-applicable", reason: "public_communication_instead" });
    expect(clock(json, "gdpr-34-public")).toMatchObject({
      status: "overdue",
      authority: "public",
      metAt: null,
      dueAt: "2026-11-23T09:00:00.000Z",
    });
  });

  it("with where and when it was published: met at the publication, on the timeline, in the audit entry", async () => {
    const publicCommunication = {
      publishedAt: "2026-11-21T18:00:00+01:00",
      publishedIn: "https://vigie-telecom.fr/securite et Le Parisien du 22/11",
    };
    const response = await post({ ...base, externalId: "siem-34c-published", publicCommunication });
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json.publicCommunication).toEqual({
      publishedAt: "2026-11-21T17:00:00.000Z",
      publishedIn: publicCommunication.publishedIn,
    });
    expect(clock(json, "gdpr-34-public")).toMatchObject({ status: "met", metAt: "2026-11-21T17:00:00.000Z" });
    const entries = await db().select().from(incidentTimeline).where(eq(incidentTimeline.incidentId, json.id));
    expect(entries.find((e) => e.kind === "public_communication")).toMatchObject({
      at: new Date("2026-11-21T17:00:00Z"),
      text: publicCommunication.publishedIn,
    });
    const audit = (await auditEntries(db(), "incident.intake")).find((e) => e.entityId === json.id);
    expect(audit!.after).toMatchObject({ publicCommunication });
    expect((await (await get(json.reference)).json()).publicCommunication).toEqual(json.publicCommunication);
  });

  it.each([
    [
      "a publication without the 34(3)(c) exception",
      { ...base, art34Exception: null, publicCommunication: { publishedAt: base.detectedAt, publishedIn: "Site" } },
      "publicCommunication",
    ],
    [
      "a publication without where",
      { ...base, publicCommunication: { publishedAt: base.detectedAt, publishedIn: "  " } },
      "publicCommunication.publishedIn",
    ],
    [
      "a publication without when",
      { ...base, publicCommunication: { publishedIn: "Site" } },
      "publicCommunication.publishedAt",
    ],
    [
      "a publication before detection",
      { ...base, publicCommunication: { publishedAt: "2026-11-19T10:00:00+01:00", publishedIn: "Site" } },
      "publicCommunication.publishedAt",
    ],
    [
      "a publication in the future",
      { ...base, publicCommunication: { publishedAt: "2099-01-01T00:00:00Z", publishedIn: "Site" } },
      "publicCommunication.publishedAt",
    ],
    [
      "a publication with NUL in where",
      { ...base, publicCommunication: { publishedAt: base.detectedAt, publishedIn: "Site\u0000" } },
      "publicCommunication.publishedIn",
    ],
    ["an unknown exception", { ...base, art34Exception: "too_many" }, "art34Exception"],
    [
      "the public communication sent as a notification",
      { ...base, notifications: [{ obligation: "gdpr-34-public", sentAt: base.detectedAt }] },
      "notifications.0.obligation",
    ],
  ])("400 on %s, naming the field, nothing written", async (_name, payload, path) => {
    const before = await state();
    const response = await post(payload);
    expect(response.status).toBe(400);
    const { issues } = await response.json();
    expect(issues.map((e: { path: string }) => e.path)).toContain(path);
    expect(await state()).toEqual(before);
  });
});
