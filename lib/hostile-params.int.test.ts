import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getAuditEntry } from "@/app/api/audit/entries/[seq]/route";
import { GET as getIncidentOverview } from "@/app/api/incidents/overview/route";
import { GET as getRegisterEntry } from "@/app/api/register/[reference]/route";
import { loadActor } from "@/lib/auth/actor";
import { appendAudit } from "@/lib/audit/write";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { listAuditEntries } from "@/lib/audit/queries";
import { registerFiltersSchema } from "@/lib/register/list/filters";
import { listActivities } from "@/lib/register/queries";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

/**
 * Hostile values in URLs (issue 13, point 8): a NUL in a page's search parameter or in a route's
 * path reached PostgreSQL and came back as a 500. Pages drop the malformed filter (their design:
 * a shared link always opens, on its canonical URL); the register route answers 400 naming the field.
 */
let signedIn: string | null = null;
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => (signedIn ? { user: { id: signedIn } } : null),
}));

const database = useTestDatabase();
let dpoId = "";

beforeAll(async () => {
  dpoId = (await unsafeCreateUser(database.current.handle.db, { role: "dpo" })).id;
});

const HOSTILE = ["a\u0000b", "a\ud800b", "\udfffz"];

describe("hostile values in URLs", () => {
  it.each(HOSTILE)("/register?q=%j drops the filter and lists the register", async (q) => {
    const filters = registerFiltersSchema.parse({ q });
    expect(filters.q).toBeUndefined();
    const actor = (await loadActor(database.current.handle.db, dpoId, new Date()))!;
    await expect(listActivities(actor, filters, new Date())).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it.each(HOSTILE)("/audit-log?actor=%j drops the filter and lists the log", async (value) => {
    const filters = auditFiltersSchema.parse({ actor: value, action: value, entity: value });
    expect(filters).toMatchObject({ actor: undefined, action: undefined, entity: undefined });
    const actor = (await loadActor(database.current.handle.db, dpoId, new Date()))!;
    await expect(listAuditEntries(actor, filters)).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it.each(["TRT-0001\u0000", "TRT-0001\ud800", "TRT-0001%00"])(
    "GET /api/register/%j answers 400 naming the reference, writing nothing",
    async (reference) => {
      signedIn = dpoId;
      const before = await auditCount(database.current.handle.db);
      const response = await getRegisterEntry(new Request("http://vigie.test/api/register/TRT-0001%00"), {
        params: Promise.resolve({ reference }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "VALIDATION", issues: [{ path: "reference" }] });
      expect(await auditCount(database.current.handle.db)).toBe(before);
      signedIn = null;
    },
  );

  it.each(["1\u0000", "1\ud800", "-1", "0", "1e3", "1.5", "99999999999999999999", " 1", "abc"])(
    "GET /api/audit/entries/%j answers 400 naming the entry number",
    async (seq) => {
      signedIn = dpoId;
      const response = await getAuditEntry(new Request("http://vigie.test/api/audit/entries/x"), {
        params: Promise.resolve({ seq }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "VALIDATION", issues: [{ path: "seq" }] });
      signedIn = null;
    },
  );

  it("GET /api/audit/entries/<seq> answers an entry's details, and 404 for a number the log has not reached", async () => {
    signedIn = dpoId;
    const { seq } = await database.current.handle.db.transaction((tx) =>
      appendAudit(
        tx,
        { id: dpoId, label: "DPO" },
        { action: "audit.verify", entityType: "audit_log", meta: { outcome: "intact" } },
      ),
    );
    const found = await getAuditEntry(new Request(`http://vigie.test/api/audit/entries/${seq}`), {
      params: Promise.resolve({ seq: String(seq) }),
    });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({
      seq,
      meta: { outcome: "intact" },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const missing = await getAuditEntry(new Request("http://vigie.test/api/audit/entries/999999999"), {
      params: Promise.resolve({ seq: "999999999" }),
    });
    expect(missing.status).toBe(404);
    signedIn = null;
  });

  it.each(["limit=500", "scope=a%00b", "x=%ED%A0%80"])(
    "GET /api/incidents/overview?%s answers 400 naming the parameter (the card takes none)",
    async (query) => {
      signedIn = dpoId;
      const response = await getIncidentOverview(new Request(`http://vigie.test/api/incidents/overview?${query}`));
      expect(response.status).toBe(400);
      const name = query.split("=")[0];
      expect(await response.json()).toMatchObject({ code: "VALIDATION", issues: [{ path: name }] });
      signedIn = null;
    },
  );
});
