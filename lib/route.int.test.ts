import { count, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as intake } from "@/app/api/v1/incidents/route";
import { getDatabaseHandle, getDb, openDatabase, setDatabase } from "@/db/client";
import { apiKeys, incidents } from "@/db/schema";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { auditCount } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { withApiKey } from "./route";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const URL_ = "http://vigie.test/api/v1/incidents";
let key = "";

beforeAll(async () => {
  key = (
    await unsafeInsertApiKey(db(), { name: "SIEM", scopes: ["incidents:write"], createdBy: null, now: new Date() })
  ).key;
});

afterEach(() => {
  vi.restoreAllMocks();
});

function request(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(URL_, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

async function state() {
  const [i] = await db().select({ value: count() }).from(incidents);
  const keysUsed = await db().select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys);
  return { incidents: i!.value, audit: await auditCount(db()), keys: keysUsed.length };
}

/** A body that never ends, 64 KB of spaces per chunk, counting the chunks read. */
function endless() {
  let count = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      count++;
      controller.enqueue(new Uint8Array(64 * 1024).fill(32));
    },
  });
  return { stream, pulled: () => count };
}

/** Everything written to console.error while `run` runs. */
async function logged(run: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
  await run();
  return lines.join("\n");
}

describe("withApiKey: bodies", () => {
  it("answers 413 from Content-Length alone, before reading the body, and writes nothing", async () => {
    const before = await state();
    const { stream, pulled } = endless();
    const response = await intake(request(stream, { "content-length": String(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("bytes") });
    expect(pulled()).toBeLessThanOrEqual(1); // at most the stream's own first pull, never read by the handler
    expect(await state()).toEqual(before);
  });

  it("answers 413 to a body that announces no length, as soon as the bytes read pass the limit", async () => {
    const before = await state();
    const { stream, pulled } = endless();
    const response = await intake(request(stream));
    expect(response.status).toBe(413);
    // 1 MB limit, 64 KB chunks: it stops at the 17th chunk, not at the end of an endless stream.
    expect(pulled()).toBeLessThan(20);
    expect(await state()).toEqual(before);
  });

  it("answers 400 with the error shape to malformed JSON, and writes nothing", async () => {
    const before = await state();
    const response = await intake(request('{"detectedAt": '));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: "VALIDATION",
      message: expect.any(String),
      issues: [{ path: "", message: "malformed JSON" }],
    });
    expect(await state()).toEqual(before);
  });

  it.each([
    ["a NUL character", '{"detectedAt":"2026-11-20T10:00:00+01:00","title":"a\\u0000b"}', "title"],
    ["a lone surrogate", '{"detectedAt":"2026-11-20T10:00:00+01:00","description":"a\\ud800b"}', "description"],
    ["an impossible date", '{"detectedAt":"2026-02-30T10:00:00+01:00"}', "detectedAt"],
  ])("answers 400 naming the field to %s, and writes nothing", async (_case, raw, path) => {
    const before = await state();
    const response = await intake(request(raw));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION", issues: [{ path }] });
    expect(await state()).toEqual(before);
  });
});

describe("withApiKey: failures", () => {
  it("logs a database error by its SQLSTATE only — no SQL text, no parameters — and answers 500 with the error shape", async () => {
    const marker = "subscriber-7f3a9c-secret";
    let response: Response | undefined;
    const text = await logged(async () => {
      response = await withApiKey(request("{}"), "incidents:write", async () => {
        await getDb().execute(sql`select ${marker}::uuid as id from incidents where title = ${"Exfiltration"}`);
        return new Response(null, { status: 204 });
      });
    });
    expect(response!.status).toBe(500);
    const body = await response!.json();
    expect(body).toEqual({
      code: "INTERNAL",
      message: expect.stringMatching(/^Internal error \(request [0-9a-f-]{36}\)$/),
    });
    expect(text).toContain("POST /api/v1/incidents");
    expect(text).toContain("SQLSTATE 22P02");
    expect(text).toContain(body.message.match(/request ([0-9a-f-]{36})/)[1]);
    for (const secret of [marker, "Exfiltration", "select", "incidents where", "params"])
      expect(text).not.toContain(secret);
  });

  it("answers 503 with Retry-After when the database cannot be reached, and logs it once", async () => {
    const working = getDatabaseHandle();
    const unreachable = await openDatabase({ url: "postgres://postgres@127.0.0.1:1/none", max: 1 });
    setDatabase(unreachable);
    try {
      let response: Response | undefined;
      const text = await logged(async () => {
        response = await intake(request("{}"));
      });
      expect(response!.status).toBe(503);
      expect(response!.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await response!.json()).toEqual({ code: "UNAVAILABLE", message: expect.any(String) });
      expect(text).toMatch(/database unavailable/);
      expect(text.split("\n")).toHaveLength(1);
    } finally {
      setDatabase(working);
      await unreachable.close();
    }
  });
});
