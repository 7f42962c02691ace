import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, processingActivities } from "@/db/schema";
import { entryToRow, HEADER } from "@/lib/register/import/layout";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { roles, type Role } from "@/lib/auth/permissions";
import { generateSigningKeyPem } from "@/lib/exports/pack/signing-key";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

/**
 * Every route handler under app/api/ is a public endpoint. This test finds the route files on
 * disk, calls each exported method as each role and as an anonymous visitor, and compares the
 * status with the table below, written by hand: a new route file, a new method, or a changed
 * answer fails here until the table says what it should be.
 */
let signedIn: string | null = null;
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => (signedIn ? { user: { id: signedIn } } : null),
}));

type Caller = Role | "anonymous";
type Expected = Record<Caller, number>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
interface Probe {
  /** The request sent (no API key, no body unless given), relative to the site's origin. */
  url: string;
  body?: string;
  params?: Record<string, string | string[]>;
  expected: Expected;
}

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
const everyone = (status: number): Expected => ({ anonymous: status, dpo: status, security: status, auditor: status });
const signedInOnly = (status: number): Expected => ({ anonymous: 401, dpo: status, security: status, auditor: status });

/** By route file (relative to app/api/), then by method: the request and each caller's status. */
const ROUTES: Record<string, Partial<Record<Method, Probe>>> = {
  "audit/recent/route.ts": { GET: { url: "/api/audit/recent", expected: signedInOnly(200) } },
  // An entry's details: audit readers only (no entry has this number: 404 once allowed).
  "audit/entries/[seq]/route.ts": {
    GET: {
      url: "/api/audit/entries/999999999",
      params: { seq: "999999999" },
      expected: { anonymous: 401, dpo: 404, security: 403, auditor: 404 },
    },
  },
  "auth/[...nextauth]/route.ts": {
    GET: { url: "/api/auth/providers", params: { nextauth: ["providers"] }, expected: everyone(200) },
    // Without the CSRF token next-auth refuses the sign-out and redirects to its error page.
    POST: { url: "/api/auth/signout", params: { nextauth: ["signout"] }, body: "", expected: everyone(302) },
  },
  // No purpose, channel or campaign in the query: the DPO gets 400; the others may not check campaigns.
  "consent/campaign-checks/route.ts": {
    POST: {
      url: "/api/consent/campaign-checks",
      body: "",
      expected: { anonymous: 401, dpo: 400, security: 403, auditor: 403 },
    },
  },
  "consent/dashboard/route.ts": { GET: { url: "/api/consent/dashboard", expected: signedInOnly(200) } },
  "consent/overview/route.ts": { GET: { url: "/api/consent/overview", expected: signedInOnly(200) } },
  "exports/route.ts": { GET: { url: "/api/exports", expected: signedInOnly(200) } },
  "exports/[id]/file/route.ts": {
    GET: { url: `/api/exports/${NO_SUCH_ID}/file`, params: { id: NO_SUCH_ID }, expected: signedInOnly(404) },
  },
  "exports/jobs/[id]/route.ts": {
    GET: { url: `/api/exports/jobs/${NO_SUCH_ID}`, params: { id: NO_SUCH_ID }, expected: signedInOnly(404) },
  },
  "exports/public-key/route.ts": { GET: { url: "/api/exports/public-key", expected: signedInOnly(200) } },
  "health/route.ts": { GET: { url: "/api/health", expected: everyone(200) } },
  "incidents/[reference]/draft-pdf/route.ts": {
    POST: {
      url: "/api/incidents/INC-2026-0001/draft-pdf",
      params: { reference: "INC-2026-0001" },
      body: "{}",
      expected: signedInOnly(400),
    },
  },
  "incidents/route.ts": { GET: { url: "/api/incidents", expected: signedInOnly(200) } },
  "incidents/overview/route.ts": { GET: { url: "/api/incidents/overview", expected: signedInOnly(200) } },
  "register/[reference]/route.ts": {
    GET: { url: "/api/register/TRT-9999", params: { reference: "TRT-9999" }, expected: signedInOnly(404) },
  },
  "register/import/route.ts": {
    POST: {
      url: "/api/register/import?mode=preview",
      body: "",
      expected: { anonymous: 401, dpo: 400, security: 403, auditor: 403 },
    },
  },
  "register/options/route.ts": { GET: { url: "/api/register/options", expected: signedInOnly(200) } },
  // A release upload without its parameters: the DPO is told which are missing; the others may not upload.
  "releases/route.ts": {
    POST: { url: "/api/releases", body: "", expected: { anonymous: 401, dpo: 400, security: 403, auditor: 403 } },
  },
  "releases/[reference]/[file]/route.ts": {
    GET: {
      url: "/api/releases/REL-9999/release.csv",
      params: { reference: "REL-9999", file: "release.csv" },
      expected: signedInOnly(404),
    },
  },
  "security/audits/[id]/report/route.ts": {
    GET: {
      url: `/api/security/audits/${NO_SUCH_ID}/report`,
      params: { id: NO_SUCH_ID },
      expected: signedInOnly(404),
    },
  },
  // Machine endpoints: a session is not enough, an API key is required.
  "v1/audit-pack/route.ts": {
    GET: { url: "/api/v1/audit-pack?from=2026-11-01&to=2026-11-30", expected: everyone(401) },
  },
  "v1/audit-pack/public-key/route.ts": { GET: { url: "/api/v1/audit-pack/public-key", expected: everyone(401) } },
  "v1/consent/check/route.ts": { POST: { url: "/api/v1/consent/check", body: "{}", expected: everyone(401) } },
  "v1/consent/events/route.ts": { POST: { url: "/api/v1/consent/events", body: "[]", expected: everyone(401) } },
  "v1/incidents/route.ts": { POST: { url: "/api/v1/incidents", body: "{}", expected: everyone(401) } },
  "v1/security/detection-tests/route.ts": {
    POST: { url: "/api/v1/security/detection-tests", body: "{}", expected: everyone(401) },
  },
  "v1/security/findings/route.ts": { POST: { url: "/api/v1/security/findings", body: "{}", expected: everyone(401) } },
  "v1/register/route.ts": { GET: { url: "/api/v1/register?asOf=2026-01-01", expected: everyone(401) } },
  // Readable with an API key or a session.
  "v1/incidents/[reference]/route.ts": {
    GET: {
      url: "/api/v1/incidents/INC-2026-9999",
      params: { reference: "INC-2026-9999" },
      expected: signedInOnly(404),
    },
  },
};

const API = path.resolve(import.meta.dirname, "../app/api");
const ORIGIN = "http://vigie.test";
const METHODS: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path.relative(API, full).split(path.sep).join("/")] : [];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

async function call(handler: Handler, method: Method, probe: Probe): Promise<number> {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (probe.body !== undefined)
    headers["content-type"] =
      probe.body.startsWith("{") || probe.body.startsWith("[")
        ? "application/json"
        : "application/x-www-form-urlencoded";
  const request = new Request(`${ORIGIN}${probe.url}`, { method, headers, body: probe.body });
  const response = await handler(request, { params: Promise.resolve(probe.params ?? {}) });
  return response.status;
}

const database = useTestDatabase();
const userIds = {} as Record<Role, string>;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "route-handler-test-secret-of-at-least-32-characters";
  process.env.AUTH_TRUST_HOST ??= "true";
  // The pack's public key is served on both drivers (on PostgreSQL only a configured key signs).
  process.env.VIGIE_SIGNING_KEY ??= generateSigningKeyPem();
  for (const role of roles) userIds[role] = (await unsafeCreateUser(database.current.handle.db, { role })).id;
});

describe("every route handler under app/api/", () => {
  const files = routeFiles(API).sort();

  it("is listed in the table, and every row of the table is a route file", () => {
    expect(files).toEqual(Object.keys(ROUTES).sort());
  });

  it.each(files)("%s answers each role and anonymous visitors as the table says", async (file) => {
    const handlers = (await import(path.join(API, file))) as Partial<Record<Method, Handler>>;
    const exported = METHODS.filter((method) => typeof handlers[method] === "function");
    const probes = ROUTES[file] ?? {};
    expect(exported, `methods of ${file}`).toEqual(METHODS.filter((method) => probes[method]));
    for (const method of exported) {
      const probe = probes[method]!;
      const actual = {} as Expected;
      for (const caller of ["anonymous", ...roles] as const) {
        signedIn = caller === "anonymous" ? null : userIds[caller];
        actual[caller] = await call(handlers[method]!, method, probe);
      }
      expect(actual, `${method} ${probe.url}`).toEqual(probe.expected);
    }
    signedIn = null;
  });
});

/**
 * Cross-site request forgery: every handler that may change something (any method but GET),
 * called with the DPO's session from another site. A handler behind the session door refuses with
 * 403 before reading the body; nothing is written (no register entry, no audit entry). The
 * register import carries a valid file, so a missing check would import an entry.
 */
const CROSS_SITE: Record<string, { status: number; why?: string }> = {
  // next-auth's own double-submit CSRF token refuses it (redirect to its error page).
  "auth/[...nextauth]/route.ts POST": { status: 302, why: "next-auth CSRF token" },
  "consent/campaign-checks/route.ts POST": { status: 403 },
  "incidents/[reference]/draft-pdf/route.ts POST": { status: 403 },
  "register/import/route.ts POST": { status: 403 },
  "releases/route.ts POST": { status: 403 },
  // Machine endpoints: a cookie is not a credential there.
  "v1/consent/check/route.ts POST": { status: 401, why: "API key only" },
  "v1/consent/events/route.ts POST": { status: 401, why: "API key only" },
  "v1/incidents/route.ts POST": { status: 401, why: "API key only" },
  "v1/security/detection-tests/route.ts POST": { status: 401, why: "API key only" },
  "v1/security/findings/route.ts POST": { status: 401, why: "API key only" },
};

function importForm(): FormData {
  const csv = Papa.unparse({ fields: HEADER, data: [HEADER.map((h) => entryToRow(buildControllerEntry())[h] ?? "")] });
  const form = new FormData();
  form.set("file", new File([csv], "registre.csv", { type: "text/csv" }));
  return form;
}

async function rowCounts() {
  const db = database.current.handle.db;
  const [audit] = await db.select({ value: count() }).from(auditLog);
  const [entries] = await db.select({ value: count() }).from(processingActivities);
  return { audit: audit!.value, entries: entries!.value };
}

describe("a cross-site request with the DPO's session", () => {
  const mutating = routeFiles(API)
    .sort()
    .flatMap((file) => {
      const probes = ROUTES[file] ?? {};
      return METHODS.filter((method) => method !== "GET" && probes[method]).map((method) => `${file} ${method}`);
    });

  it("lists every mutating handler", () => {
    expect(mutating).toEqual(Object.keys(CROSS_SITE).sort());
  });

  it.each([
    { name: "Origin of another site, Sec-Fetch-Site cross-site", origin: "http://evil.example", site: "cross-site" },
    { name: "Origin of another site, no Sec-Fetch-Site", origin: "http://evil.example", site: undefined },
    { name: "Origin of this site, Sec-Fetch-Site same-site", origin: ORIGIN, site: "same-site" },
    { name: "no Origin, no Sec-Fetch-Site", origin: undefined, site: undefined },
  ])("is refused with nothing written ($name)", async ({ origin, site }) => {
    signedIn = userIds.dpo;
    const before = await rowCounts();
    for (const key of mutating) {
      const [file, method] = key.split(" ") as [string, Method];
      const probe = ROUTES[file]![method]!;
      const handlers = (await import(path.join(API, file))) as Partial<Record<Method, Handler>>;
      const headers: Record<string, string> = {};
      if (origin) headers.origin = origin;
      if (site) headers["sec-fetch-site"] = site;
      const body = file === "register/import/route.ts" ? importForm() : probe.body;
      const url =
        file === "register/import/route.ts" ? `${ORIGIN}/api/register/import?mode=commit` : `${ORIGIN}${probe.url}`;
      if (typeof body === "string")
        headers["content-type"] = /^[[{]/.test(body) ? "application/json" : "application/x-www-form-urlencoded";
      const request = new Request(url, { method, headers, body });
      const response = await handlers[method]!(request, { params: Promise.resolve(probe.params ?? {}) });
      expect(response.status, key).toBe(CROSS_SITE[key]!.status);
    }
    expect(await rowCounts()).toEqual(before);
    signedIn = null;
  });

  it("is accepted from this site: the same import with a same-origin Origin imports the entry", async () => {
    signedIn = userIds.dpo;
    const before = await rowCounts();
    const { POST } = (await import(path.join(API, "register/import/route.ts"))) as { POST: Handler };
    const request = new Request(`${ORIGIN}/api/register/import?mode=commit`, {
      method: "POST",
      headers: { origin: ORIGIN, "sec-fetch-site": "same-origin" },
      body: importForm(),
    });
    const response = await POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect((await rowCounts()).entries).toBe(before.entries + 1);
    signedIn = null;
  });
});
