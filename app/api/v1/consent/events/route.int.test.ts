import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { createApiKey } from "@/lib/api-keys/mutations";
import { eventCount, storedEventPlaces, unsafeCreatePurpose } from "@/lib/consent/test-fixtures";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { POST } from "./route";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const keys = { write: "", readOnly: "" };
let purposeKey = "";
let retiredKey = "";
const URL_ = "http://vigie.test/api/v1/consent/events";

function event(overrides: Record<string, unknown> = {}) {
  return {
    eventId: `evt-${Math.random().toString(36).slice(2)}`,
    subscriberRef: "SUB-7f3a9c",
    purpose: purposeKey,
    action: "grant",
    channel: "app",
    occurredAt: "2026-03-14T10:15:00+01:00",
    textVersion: "v2",
    source: "cmp-app-4.2",
    proof: { screen: "onboarding", checkbox: "marketing_sms" },
    ...overrides,
  };
}

function post(body: string | Buffer, headers: Record<string, string> = {}, key = keys.write) {
  return POST(
    new Request(URL_, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
      body: new Uint8Array(body instanceof Buffer ? body : Buffer.from(body)),
    }),
  );
}

async function snapshot() {
  return { events: await eventCount(db()), audit: await auditCount(db()) };
}

beforeAll(async () => {
  const dpo = await unsafeCreateUser(db(), { role: "dpo" });
  for (const [name, scopes] of [
    ["write", ["consent:write"]],
    ["readOnly", ["consent:read"]],
  ] as const) {
    const result = await executeAction(createApiKey, dpo.id, { name: `CMP ${name}`, scopes });
    if (!result.ok) throw new Error("key creation failed");
    keys[name] = result.data.key;
  }
  purposeKey = (await unsafeCreatePurpose(db())).key;
  retiredKey = (await unsafeCreatePurpose(db(), { isActive: false })).key;
});

describe("POST /api/v1/consent/events", () => {
  it("accepts a JSON array, writes one audit entry for the batch, and a retried batch adds nothing", async () => {
    const batch = [
      event(),
      event({ action: "withdraw", occurredAt: "2026-03-15T09:00:00Z" }),
      event({ subscriberRef: "SUB-11" }),
    ];
    const before = await snapshot();
    const response = await post(JSON.stringify(batch));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    expect(await snapshot()).toEqual({ events: before.events + 3, audit: before.audit + 1 });
    const [entry] = (await auditEntries(db(), "consent.ingest")).slice(-1);
    expect(entry).toMatchObject({
      actorId: null,
      entityType: "consent_batch",
      meta: { via: "api", received: 3, accepted: 3 },
    });

    const retry = await post(JSON.stringify(batch));
    expect(await retry.json()).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    expect(await snapshot()).toEqual({ events: before.events + 3, audit: before.audit + 1 });
  });

  it("accepts gzip-compressed NDJSON and counts a repeated eventId in the batch as a duplicate", async () => {
    const one = event();
    const body = gzipSync([one, one, event()].map((e) => JSON.stringify(e)).join("\n") + "\n");
    const before = await snapshot();
    const response = await post(body, { "content-type": "application/x-ndjson", "content-encoding": "gzip" });
    expect(await response.json()).toEqual({ accepted: 2, duplicates: 1, rejected: [] });
    expect((await snapshot()).events).toBe(before.events + 2);
  });

  it.each([
    ["missing eventId", { eventId: undefined }, "eventId"],
    ["eventId over 64 characters", { eventId: "x".repeat(65) }, "eventId"],
    ["subscriberRef over 128 characters", { subscriberRef: "s".repeat(129) }, "subscriberRef"],
    ["unknown action", { action: "maybe" }, "action"],
    ["unknown channel", { channel: "fax" }, "channel"],
    ["channel not allowed for the purpose", { channel: "tv_box" }, "channel"],
    ["time without offset", { occurredAt: "2026-03-14T10:15:00" }, "occurredAt"],
    ["time more than 5 minutes ahead", { occurredAt: new Date(Date.now() + 10 * 60_000).toISOString() }, "occurredAt"],
    ["unknown text version", { textVersion: "v9" }, "textVersion"],
    ["proof not an object", { proof: "signed" }, "proof"],
    ["proof over 2 KB", { proof: { blob: "p".repeat(2100) } }, "proof"],
    ["NUL character in subscriberRef", { subscriberRef: "SUB-\u00001" }, "subscriberRef"],
    ["NUL character in the proof", { proof: { note: "a\u0000b" } }, "proof"],
    ["unknown purpose", { purpose: "not_in_catalogue" }, "purpose"],
    ["retired purpose", { purpose: "__retired__" }, "purpose"],
  ])("rejects %s, stores nothing for it, and still stores the valid events", async (_name, overrides, path) => {
    const bad = event(
      "purpose" in overrides && overrides.purpose === "__retired__" ? { purpose: retiredKey } : overrides,
    );
    const before = await snapshot();
    const response = await post(JSON.stringify([event(), bad]));
    const body = (await response.json()) as {
      accepted: number;
      rejected: { index: number; errors: { path: string; message: string }[] }[];
    };
    expect(response.status).toBe(200);
    expect(body.accepted).toBe(1);
    expect(body.rejected).toHaveLength(1);
    expect(body.rejected[0]).toMatchObject({
      index: 1,
      eventId: typeof bad.eventId === "string" ? bad.eventId.slice(0, 64) : null,
    });
    expect(body.rejected[0]!.errors.map((e) => e.path)).toContain(path);
    expect(body.rejected[0]!.errors.every((e) => !e.message.startsWith("consent."))).toBe(true);
    expect((await snapshot()).events).toBe(before.events + 1);
  });

  it.each([
    ["malformed JSON", "[{", {}, 400],
    ["a JSON object instead of an array", JSON.stringify(event()), {}, 400],
    ["malformed NDJSON line", `${JSON.stringify(event())}\n{oops`, { "content-type": "application/x-ndjson" }, 400],
    ["more than 10,000 events", JSON.stringify(Array.from({ length: 10_001 }, () => ({}))), {}, 413],
    ["more than 10 MB", `[${" ".repeat(10 * 1024 * 1024)}]`, {}, 413],
    ["an unsupported Content-Encoding", "[]", { "content-encoding": "br" }, 415],
    [
      "a gzip body that unpacks past 10 MB",
      gzipSync(Buffer.alloc(11 * 1024 * 1024, 32)),
      { "content-encoding": "gzip" },
      413,
    ],
  ] as const)("refuses %s with nothing stored", async (_name, body, headers, status) => {
    const before = await snapshot();
    const response = await post(body, headers);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({
      code: expect.any(String),
      message: expect.any(String),
      ...(status === 400 ? { issues: expect.any(Array) } : {}),
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an unknown key (401) and a key without consent:write (403), storing nothing", async () => {
    const before = await snapshot();
    expect((await post(JSON.stringify([event()]), {}, "vgk_unknown")).status).toBe(401);
    expect((await POST(new Request(URL_, { method: "POST", body: "[]" }))).status).toBe(401);
    expect((await post(JSON.stringify([event()]), {}, keys.readOnly)).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to update or delete a stored event", async () => {
    const { sql } = await import("drizzle-orm");
    await expect(db().execute(sql`update consent_events set channel = 'web'`)).rejects.toThrow();
    await expect(db().execute(sql`delete from consent_events`)).rejects.toThrow();
  });

  it("stores events of months with no partition yet (late history), at the exact millisecond, across month and year ends", async () => {
    const before = await snapshot();
    // UTC months decide the partition: the last one is 31 December in Cape Verde but 1 January in UTC.
    const instants = [
      "2019-02-03T08:00:00+01:00",
      "2019-03-31T23:59:59.999Z",
      "2019-04-01T00:00:00.000Z",
      "2019-03-15T12:00:00.001+05:30",
      "2018-12-31T23:30:00-01:00",
    ];
    const response = await post(
      JSON.stringify(instants.map((occurredAt, i) => event({ eventId: `late-month-${i}`, occurredAt }))),
    );
    expect(await response.json()).toMatchObject({ accepted: instants.length });
    expect((await snapshot()).events).toBe(before.events + instants.length);
    const places = await storedEventPlaces(db(), "late-month-");
    expect(places.map((r) => [r.eventId, r.at, r.partition]).sort()).toEqual(
      instants
        .map((at, i) => [
          `late-month-${i}`,
          Date.parse(at),
          `consent_events_${new Date(at).toISOString().slice(0, 7).replace("-", "_")}`,
        ])
        .sort(),
    );
  });
});
