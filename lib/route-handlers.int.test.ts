import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
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
  "auth/[...nextauth]/route.ts": {
    GET: { url: "/api/auth/providers", params: { nextauth: ["providers"] }, expected: everyone(200) },
    // Without the CSRF token next-auth refuses the sign-out and redirects to its error page.
    POST: { url: "/api/auth/signout", params: { nextauth: ["signout"] }, body: "", expected: everyone(302) },
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
  // Machine endpoints: a session is not enough, an API key is required.
  "v1/audit-pack/route.ts": {
    GET: { url: "/api/v1/audit-pack?from=2026-11-01&to=2026-11-30", expected: everyone(401) },
  },
  "v1/audit-pack/public-key/route.ts": { GET: { url: "/api/v1/audit-pack/public-key", expected: everyone(401) } },
  "v1/consent/events/route.ts": { POST: { url: "/api/v1/consent/events", body: "[]", expected: everyone(401) } },
  "v1/incidents/route.ts": { POST: { url: "/api/v1/incidents", body: "{}", expected: everyone(401) } },
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
