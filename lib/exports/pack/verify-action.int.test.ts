import { AUDIT_PACK_FILES } from "./contents";
import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo";
import { executeAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { useTestDatabase } from "@/lib/testing/db";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { rendererFor } from "../registry";
import { signingKeyStatus } from "./key-source";
import { buildPack, withFlippedByte } from "./pack-fixtures";
import { publicKeyResponse } from "./public-key-response";
import { generateSigningKeyPem, MISSING_KEY_MESSAGE } from "./signing-key";
import { verifyUploadedPack } from "./verify-mutation";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const configuredBefore = process.env.VIGIE_SIGNING_KEY;
let auditor: Actor;
let pack: Buffer;

const upload = (bytes: Buffer | string, name = "pack.zip") => {
  const form = new FormData();
  form.set(
    "pack",
    new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type: "application/zip" }),
  );
  return form;
};
const verify = (form: FormData | Record<string, unknown>) => executeAction(verifyUploadedPack, auditor.id, form);

beforeAll(async () => {
  // This server signs with a configured key, on either driver.
  process.env.VIGIE_SIGNING_KEY = generateSigningKeyPem();
  await seedDemo(db(), new Date("2026-11-20T08:00:00Z"));
  const user = await unsafeCreateUser(db(), { role: "auditor", name: "Anne Auditrice" });
  auditor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "auditor",
    locale: "fr",
    expiresAt: user.expiresAt,
  };
  const out = new PassThrough();
  const bytes = buffer(out);
  await rendererFor("audit-pack", "zip")!.render(
    { db: db(), actor: auditor, locale: "fr", now: new Date(), timeZone: "Europe/Paris" },
    { from: "2026-11-01", to: "2026-11-30" },
    "zip",
    out,
  );
  out.end();
  pack = await bytes;
});
afterAll(() => {
  if (configuredBefore === undefined) delete process.env.VIGIE_SIGNING_KEY;
  else process.env.VIGIE_SIGNING_KEY = configuredBefore;
});

describe("verify a pack on the server", () => {
  it("accepts this server's pack, checked against its own key, and records the verification", async () => {
    const result = await verify(upload(pack, "vigie-pack-audit.zip"));
    expect(result).toMatchObject({
      ok: true,
      data: {
        ok: true,
        checkedAgainstServerKey: true,
        organisation: "Vigie Télécom SA",
        period: { from: "2026-11-01", to: "2026-11-30" },
        files: AUDIT_PACK_FILES.length,
      },
    });
    const [entry] = (await auditEntries(db(), "audit.verify_pack")).slice(-1);
    expect(entry).toMatchObject({
      actorId: auditor.id,
      entityType: "audit_log",
      meta: { valid: true, fileName: "vigie-pack-audit.zip", size: pack.length },
    });
  });

  it("names the changed file of a tampered pack, and logs the failed check", async () => {
    const result = await verify(upload(await withFlippedByte(pack, "journal-audit.json", 40)));
    expect(result).toMatchObject({
      ok: true,
      data: { ok: false, problem: { code: "hash_mismatch", file: "journal-audit.json" } },
    });
    const [entry] = (await auditEntries(db(), "audit.verify_pack")).slice(-1);
    expect(entry!.meta).toMatchObject({ valid: false, problem: "hash_mismatch", file: "journal-audit.json" });
  });

  it("refuses a pack signed by another key, even a valid one", async () => {
    const result = await verify(upload(await buildPack({ "journal-audit.json": "{}" })));
    expect(result).toMatchObject({
      ok: true,
      data: { ok: false, problem: { code: "key_mismatch", file: "vigie-public.pem" } },
    });
  });

  it("says a file that is not a ZIP is not one; a hostile file name is logged cleaned", async () => {
    const result = await verify(upload("PK definitely not a zip", "bad\u0000name\uD800.zip"));
    expect(result).toMatchObject({
      ok: true,
      data: { ok: false, problem: { code: "corrupt_zip" }, fileName: "badname\uFFFD.zip" },
    });
  });

  it("bad input: an empty file or no file is a field error on `pack`, nothing written", async () => {
    const before = await auditCount(db());
    expect(await verify(upload(Buffer.alloc(0)))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { pack: ["auditPack.verify.errors.empty"] },
    });
    expect(await verify({ pack: "not a file" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { pack: ["auditPack.verify.errors.fileRequired"] },
    });
    expect(await verify({})).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await auditCount(db())).toBe(before);
  });
});

describe("the public key download", () => {
  it("is the PEM the packs carry, with its fingerprint", async () => {
    const status = await signingKeyStatus();
    const response = await publicKeyResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("vigie-public.pem");
    expect(await response.text()).toBe(status.available && status.publicKeyPem);
  });

  it("without VIGIE_SIGNING_KEY: on PostgreSQL it says why (503) and packs are checked with their own key; embedded has its own key", async () => {
    delete process.env.VIGIE_SIGNING_KEY;
    const response = await publicKeyResponse();
    if (database.current.handle.driver === "postgres") {
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ code: "UNAVAILABLE", message: MISSING_KEY_MESSAGE });
      expect(await verify(upload(pack))).toMatchObject({
        ok: true,
        data: { ok: true, checkedAgainstServerKey: false },
      });
    } else {
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("BEGIN PUBLIC KEY");
      // The pack was signed with the configured key, not the embedded one: this server no longer vouches for it.
      expect(await verify(upload(pack))).toMatchObject({
        ok: true,
        data: { ok: false, problem: { code: "key_mismatch" } },
      });
    }
  });
});
