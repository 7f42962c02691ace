import http from "node:http";
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as ingest } from "@/app/api/v1/consent/events/route";
import { POST as intake } from "@/app/api/v1/incidents/route";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { eventCount, unsafeCreatePurpose } from "@/lib/consent/test-fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { auditCount } from "@/lib/testing/fixtures";

/**
 * A client that goes away in the middle of its upload is a client disconnect (logged as such,
 * answered 499 to nobody), not "database unavailable" (503): Node reports the cut upload as
 * `aborted` with code ECONNRESET, the code a lost database connection has too. A real HTTP server
 * on port 3275 hands the route handlers a Request built the way Next does (the IncomingMessage as
 * the body, a signal that aborts when the connection closes); a raw socket sends part of a body.
 */
const PORT = 3275;
const database = useTestDatabase();
const db = () => database.current.handle.db;
let key = "";
let purpose = "";
let server: http.Server;
const answered: { path: string; status: number }[] = [];
const handlers: Record<string, (request: Request) => Promise<Response>> = {
  "/api/v1/consent/events": ingest,
  "/api/v1/incidents": intake,
};

function nodeHeaders(req: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  return headers;
}

beforeAll(async () => {
  key = (
    await unsafeInsertApiKey(db(), {
      name: "disconnects",
      scopes: ["consent:write", "incidents:write"],
      createdBy: null,
      now: new Date(),
    })
  ).key;
  purpose = (await unsafeCreatePurpose(db())).key;
  server = http.createServer((req, res) => {
    const aborted = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) aborted.abort();
    });
    const request = new Request(`http://127.0.0.1:${PORT}${req.url}`, {
      method: req.method,
      headers: nodeHeaders(req),
      body: req as unknown as BodyInit,
      duplex: "half",
      signal: aborted.signal,
    } as RequestInit);
    void handlers[req.url ?? ""]!(request).then(async (response) => {
      answered.push({ path: req.url ?? "", status: response.status });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  vi.restoreAllMocks();
  answered.length = 0;
});

/** Everything logged while `run` runs, warnings and errors. */
async function logged(run: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  vi.spyOn(console, "error").mockImplementation(keep);
  vi.spyOn(console, "warn").mockImplementation(keep);
  await run();
  return lines.join("\n");
}

async function waitForAnswer(): Promise<{ path: string; status: number }> {
  for (let n = 0; n < 200 && answered.length === 0; n++) await new Promise((r) => setTimeout(r, 25));
  expect(answered).toHaveLength(1);
  return answered[0]!;
}

/** Sends the head and `sent` bytes of the body, then cuts the connection (RST). */
async function cutUpload(path: string, headers: Record<string, string>, sent: string) {
  const socket = net.connect(PORT, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  const head = Object.entries({ host: `127.0.0.1:${PORT}`, authorization: `Bearer ${key}`, ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
  socket.write(sent);
  await new Promise((r) => setTimeout(r, 300));
  socket.resetAndDestroy();
}

const events = (n: number) =>
  JSON.stringify(
    Array.from({ length: n }, (_, i) => ({
      eventId: `cut-${i}`,
      subscriberRef: `SUB-CUT-${i}`,
      purpose,
      action: "grant",
      channel: "app",
      occurredAt: "2026-03-01T10:00:00Z",
      textVersion: "v2",
    })),
  );

async function state() {
  return { events: await eventCount(db()), audit: await auditCount(db()) };
}

describe("a client that disconnects mid-upload", () => {
  it("the harness itself: a complete batch through the same server is stored (200)", async () => {
    const body = events(3);
    const response = await fetch(`http://127.0.0.1:${PORT}/api/v1/consent/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ accepted: 3 });
  });

  it.each([
    ["announcing its length", { "content-length": "500000" }],
    ["chunked", { "transfer-encoding": "chunked" }],
  ])(
    "consent batch %s: answered 499 and logged as a client disconnect, not 503, nothing written",
    async (_label, framing) => {
      const before = await state();
      const body = events(2_000);
      const partial = body.slice(0, 60_000);
      const sent = "transfer-encoding" in framing ? `${partial.length.toString(16)}\r\n${partial}\r\n` : partial;
      const log = await logged(async () => {
        await cutUpload("/api/v1/consent/events", { "content-type": "application/json", ...framing }, sent);
        expect(await waitForAnswer()).toEqual({ path: "/api/v1/consent/events", status: 499 });
      });
      expect(log).toMatch(/client disconnected/);
      expect(log).not.toMatch(/database unavailable|failed/);
      expect(await state()).toEqual(before);
    },
  );

  it("incident intake cut mid-body: 499, logged as a client disconnect, no incident", async () => {
    const before = await state();
    const log = await logged(async () => {
      await cutUpload(
        "/api/v1/incidents",
        { "content-type": "application/json", "content-length": "4000" },
        `{"detectedAt":"2026-11-20T10:00:00+01:00","title":"Coupé","description":"${"x".repeat(1_000)}`,
      );
      expect(await waitForAnswer()).toEqual({ path: "/api/v1/incidents", status: 499 });
    });
    expect(log).toMatch(/client disconnected/);
    expect(log).not.toMatch(/database unavailable|failed/);
    expect(await state()).toEqual(before);
  });
});
