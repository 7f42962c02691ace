import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildPack, newKey, unzip, withFlippedByte } from "@/lib/exports/pack/pack-fixtures";
import { keyFingerprint, publicKeyPem } from "@/lib/exports/pack/signing-key";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-verify-pack-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const key = newKey();
const pack = await buildPack(
  { "journal-audit.json": '{"entries":[]}\n', "registre-des-traitements.json": '{"activities":[]}' },
  key,
);
const packFile = path.join(dir, "pack.zip");
fs.writeFileSync(packFile, pack);

/** The real command, as a user runs it (tsx, no database, no network). */
async function verifyPackCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/verify-pack.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run verify-pack", { timeout: 30_000 }, () => {
  it("accepts a generated pack, with the pack's key and with --public-key", async () => {
    const keyFile = path.join(dir, "expected.pem");
    fs.writeFileSync(keyFile, publicKeyPem(key));
    expect(await verifyPackCli(packFile)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^VALID: 2 files/) });
    expect(await verifyPackCli(packFile, "--public-key", keyFile)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("signed with the expected key"),
    });
  });

  it("exits 1 naming the changed file", async () => {
    const damaged = path.join(dir, "damaged.zip");
    fs.writeFileSync(damaged, await withFlippedByte(pack, "journal-audit.json", 3));
    const result = await verifyPackCli(damaged);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("INVALID: journal-audit.json was changed");
  });

  it("exits 2 without a pack or with a missing file", async () => {
    expect((await verifyPackCli()).code).toBe(2);
    expect(await verifyPackCli(path.join(dir, "absent.zip"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("ENOENT"),
    });
  });
});

describe("the README's openssl command", { timeout: 30_000 }, () => {
  const extract = async (zip: Buffer, into: string) => {
    fs.mkdirSync(into, { recursive: true });
    for (const [name, content] of await unzip(zip)) fs.writeFileSync(path.join(into, name), content);
  };
  const opensslVerify = (cwd: string) =>
    run(
      "openssl",
      [
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        "vigie-public.pem",
        "-rawin",
        "-in",
        "manifest.json",
        "-sigfile",
        "manifest.sig",
      ],
      { cwd },
    ).then(
      ({ stdout }) => ({ ok: true, out: stdout }),
      (error: { stdout: string; stderr: string }) => ({ ok: false, out: `${error.stdout}${error.stderr}` }),
    );

  it("verifies the signature of a generated pack's manifest", async () => {
    const into = path.join(dir, "intact");
    await extract(pack, into);
    expect(await opensslVerify(into)).toEqual({
      ok: true,
      out: expect.stringContaining("Signature Verified Successfully"),
    });
  });

  it("gives the fingerprint Vigie shows for the public key", async () => {
    const into = path.join(dir, "intact");
    const { stdout } = await run(
      "sh",
      ["-c", "openssl pkey -pubin -in vigie-public.pem -outform DER | openssl dgst -sha256"],
      { cwd: into },
    );
    expect(stdout.trim().split("= ")[1]).toBe(keyFingerprint(key).replaceAll(" ", ""));
  });

  it("fails on a manifest with one byte changed", async () => {
    const into = path.join(dir, "changed");
    await extract(await withFlippedByte(pack, "manifest.json", 20), into);
    expect(await opensslVerify(into)).toEqual({
      ok: false,
      out: expect.stringContaining("Signature Verification Failure"),
    });
  });
});
