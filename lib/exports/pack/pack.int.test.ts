import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import { desc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { seedDemo } from "@/lib/demo";
import type { Actor } from "@/lib/auth/actor";
import { testDriver, useTestDatabase } from "@/lib/testing/db";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import packageJson from "@/package.json";
import type { ExportContext, ReportRenderer } from "../contract";
import { rendererFor } from "../registry";
import { AUDIT_PACK_FILES, planPackFiles } from "./contents";
import { newKey, unzip } from "./pack-fixtures";
import { createAuditPackRenderer } from "./renderer";
import { MISSING_KEY_MESSAGE, publicKeyPem } from "./signing-key";
import { verifyPack } from "./verify-file";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const key = newKey();
const period = { from: "2026-11-01", to: "2026-11-30" };
let ctx: ExportContext;

async function render(renderer: ReportRenderer): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = buffer(out);
  await renderer.render(ctx, period, "zip", out);
  out.end();
  return bytes;
}

beforeAll(async () => {
  await seedDemo(db(), new Date("2026-11-20T08:00:00Z"));
  const user = await unsafeCreateUser(db(), { role: "auditor", name: "Anne Auditrice" });
  const actor: Actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "auditor",
    locale: "fr",
    expiresAt: user.expiresAt,
  };
  ctx = { db: db(), actor, locale: "fr", now: new Date("2026-12-04T10:00:00Z"), timeZone: "Europe/Paris" };
});

describe("the audit pack built from the demo data", () => {
  it("verifies, and its manifest lists exactly the files the registry offered, with the audit log head", async () => {
    const progress: [number, number | null][] = [];
    const renderer = createAuditPackRenderer({ rendererFor, signingKey: async () => key });
    const out = new PassThrough();
    const bytes = buffer(out);
    await renderer.render({ ...ctx, onProgress: (done, total) => progress.push([done, total]) }, period, "zip", out);
    out.end();
    const pack = await bytes;

    const verdict = await verifyPack(pack, { trustedPublicKeyPem: publicKeyPem(key) });
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
    if (!verdict.ok) return;
    const offered = planPackFiles(period, "2026-12-04", rendererFor).map((file) => file.spec.name);
    expect(offered).toContain("journal-audit.json");
    expect(offered.every((name) => AUDIT_PACK_FILES.some((spec) => spec.name === name))).toBe(true);
    expect(verdict.manifest.files.map((file) => file.name)).toEqual(offered);
    expect(progress.at(-1)).toEqual([offered.length, offered.length]);

    const [head] = await db().select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(verdict.manifest).toMatchObject({
      organisation: "Vigie Télécom SA",
      period: { ...period, timeZone: "Europe/Paris" },
      generatedAt: "2026-12-04T10:00:00.000Z",
      vigieVersion: packageJson.version,
      auditLogHead: { seq: head!.seq, hash: head!.hash },
    });
    expect(verdict.manifest.generatedBy).toContain("Anne Auditrice");

    const entries = new Map(await unzip(pack));
    expect([...entries.keys()].sort()).toEqual(
      [...offered, "manifest.json", "manifest.sig", "vigie-public.pem"].sort(),
    );
    const extract = JSON.parse(entries.get("journal-audit.json")!.toString("utf8"));
    expect(extract.chain.intact).toBe(true);
    expect(extract.chain.headAtGeneration).toEqual({ seq: head!.seq, hash: head!.hash });
  });

  it("is reproducible: the same period at the same `now` gives the same pack byte for byte, so the same SHA-256", async () => {
    const renderer = createAuditPackRenderer({ rendererFor, signingKey: async () => key });
    const first = await render(renderer);
    // A ZIP entry's time has a two-second resolution: a pack dated with the clock would differ.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await render(renderer)).equals(first)).toBe(true);
  }, 60_000);

  it("this server's key: refused on PostgreSQL without VIGIE_SIGNING_KEY (nothing written), embedded signs with its own", async () => {
    const renderer = rendererFor("audit-pack", "zip")!;
    if (testDriver() === "postgres") {
      const out = new PassThrough();
      let written = 0;
      out.on("data", (chunk: Buffer) => (written += chunk.length));
      await expect(renderer.render(ctx, period, "zip", out)).rejects.toThrow(MISSING_KEY_MESSAGE);
      expect(written).toBe(0);
    } else {
      expect(await verifyPack(await render(renderer))).toMatchObject({ ok: true, keySource: "pack" });
    }
  });

  it("a report that fails makes the whole pack fail (no pack without it)", async () => {
    const broken: ReportRenderer = {
      kind: "audit-log",
      formats: ["json"],
      fileName: () => "x.json",
      render: async (_ctx, _scope, _format, out) => {
        out.write("{");
        throw new Error("renderer exploded");
      },
    };
    const renderer = createAuditPackRenderer({
      rendererFor: (kind) => (kind === "audit-log" ? broken : undefined),
      signingKey: async () => key,
    });
    await expect(render(renderer)).rejects.toThrow("renderer exploded");
  });
});
