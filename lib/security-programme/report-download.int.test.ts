import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { securityAuditProviders, securitySystems } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { recordAudit } from "@/lib/security-programme/mutations/audits";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { GET } from "@/app/api/security/audits/[id]/report/route";

/**
 * An audit's report file, downloaded as recorded: the same bytes, their SHA-256 in a header, the
 * uploaded name; 404 unknown or without a file; 400 naming `id` when it is malformed (never a 500).
 */
let signedIn: string | null = null;
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => (signedIn ? { user: { id: signedIn } } : null),
}));

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-12-05T10:00:00Z");
const ORIGIN = "http://vigie.test";
const REPORT = new TextEncoder().encode("%PDF-1.7\nRapport — test d'intrusion\n");
const ids = { security: "", auditor: "", withReport: "", withoutReport: "", html: "" };

beforeAll(async () => {
  ids.security = (await unsafeCreateUser(db(), { role: "security" })).id;
  ids.auditor = (await unsafeCreateUser(db(), { role: "auditor" })).id;
  const [system] = await db()
    .insert(securitySystems)
    .values({
      name: "CRM",
      owner: "DSI",
      hosting: "saas",
      criticality: "high",
      exposure: "internet",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  const [provider] = await db()
    .insert(securityAuditProviders)
    .values({ name: "Audit interne", kind: "internal", createdAt: NOW })
    .returning();
  const record = async (title: string, report?: File) => {
    const result = await executeAction(
      recordAudit,
      ids.security,
      {
        title,
        kind: "configuration",
        providerId: provider!.id,
        systemIds: [system!.id],
        startedOn: "2026-11-02",
        result: "satisfactory",
        report,
      },
      { now: NOW },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.id;
  };
  ids.withReport = await record("Revue CRM", new File([REPORT], "rapport CRM été.pdf", { type: "application/pdf" }));
  ids.withoutReport = await record("Revue sans fichier");
  ids.html = await record("Revue HTML", new File(["<script>alert(1)</script>"], "page.html", { type: "text/html" }));
});

function get(id: string, userId: string | null = ids.auditor) {
  signedIn = userId;
  // The id reaches the handler as Next decodes it from the path: through `params`.
  return GET(new Request(`${ORIGIN}/api/security/audits/id/report`), {
    params: Promise.resolve({ id }),
  });
}

describe("GET /api/security/audits/[id]/report", () => {
  it("serves the stored bytes to the auditor, with the SHA-256 and the uploaded name, and logs the read", async () => {
    const before = await auditCount(db());
    const response = await get(ids.withReport);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(REPORT))).toBe(true);
    const sha256 = createHash("sha256").update(REPORT).digest("hex");
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(REPORT.byteLength),
      "x-content-sha256": sha256,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="rapport CRM ete.pdf"; filename*=UTF-8''${encodeURIComponent("rapport CRM été.pdf")}`,
    );
    expect(await auditCount(db())).toBe(before + 1);
    expect((await auditEntries(db(), "security.report_download")).at(-1)).toMatchObject({
      actorId: ids.auditor,
      entityId: ids.withReport,
      meta: { sha256, fileName: "rapport CRM été.pdf" },
    });
  });

  it("never serves HTML from this site: a type it does not know goes out as bytes to download", async () => {
    const response = await get(ids.html, ids.security);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
  });

  it("answers 404 for an unknown audit and for one recorded without a file, writing nothing", async () => {
    const before = await auditCount(db());
    for (const id of ["00000000-0000-4000-8000-000000000000", ids.withoutReport]) {
      const response = await get(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await auditCount(db())).toBe(before);
  });

  it.each([
    ["not a UUID", "not-a-uuid"],
    ["a NUL", `${"0".repeat(8)}\u0000`],
    ["a lone surrogate", "\ud800"],
    ["an escaped NUL", "00000000-0000-4000-8000-000000000000%00"],
    ["10,000 characters", "x".repeat(10_000)],
  ])("answers 400 naming the id to %s, writing nothing", async (_case, id) => {
    const before = await auditCount(db());
    const response = await get(id);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION", issues: [{ path: "id" }] });
    expect(await auditCount(db())).toBe(before);
  });

  it("answers 401 without a session", async () => {
    expect((await get(ids.withReport, null)).status).toBe(401);
  });
});
