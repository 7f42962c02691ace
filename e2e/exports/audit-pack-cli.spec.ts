import { spawn } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { unzip, withFlippedByte } from "../../lib/exports/pack/pack-fixtures";
import { storageStateOf } from "../support";

/**
 * The auditor's one click, checked the way an outside reader would: the pack is built through
 * the export centre, downloaded, and handed to the offline command line (`npm run verify-pack`,
 * a child process, with the public key the page offers). Then one byte of one file inside the
 * ZIP is flipped and the archive rewritten: the command must fail and name that file.
 */
test.use({ storageState: storageStateOf("auditor") });

function verifyPackCli(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "verify-pack", "--", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: "production" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

test("the auditor builds an audit pack in the UI, verify-pack accepts it, and a flipped byte fails naming the file", async ({
  page,
}, info) => {
  test.setTimeout(420_000);
  await page.goto("/exports");
  await page.getByLabel("Rapport", { exact: true }).selectOption("audit-pack");
  await expect(page.getByLabel("Format", { exact: true })).toHaveValue("zip");
  await page.getByRole("button", { name: "Générer l'export" }).click();
  const ready = page.getByRole("alert").filter({ hasText: "« Paquet d'audit signé » est prêt." }).first();
  await expect(ready.or(page.getByText(/a échoué/))).toBeVisible({ timeout: 300_000 });
  await expect(page.getByText(/a échoué/)).toHaveCount(0);

  const downloadStarted = page.waitForEvent("download");
  await ready.getByRole("link", { name: "Télécharger" }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const packFile = info.outputPath("pack.zip");
  await download.saveAs(packFile);

  // The public key the page offers, so the CLI checks the pack is this server's, not merely self-consistent.
  const keyResponse = await page.request.get("/api/exports/public-key");
  expect(keyResponse.status()).toBe(200);
  const keyFile = info.outputPath("vigie-public.pem");
  fs.writeFileSync(keyFile, await keyResponse.body());

  const accepted = await verifyPackCli(packFile, "--public-key", keyFile);
  expect(accepted.output).toMatch(/^VALID: \d+ files, each with the size and SHA-256 of the manifest/m);
  expect(accepted.output).toContain("signed with the expected key");
  expect(accepted.code).toBe(0);

  // Every report of the pack is there; tamper with the register PDF (any file would do).
  const pack = fs.readFileSync(packFile);
  const names = (await unzip(pack)).map(([name]) => name);
  expect(names).toEqual(expect.arrayContaining(["manifest.json", "manifest.sig"]));
  const target = names.find((name) => name.endsWith(".pdf"));
  expect(target).toBeDefined();
  const tamperedFile = info.outputPath("tampered.zip");
  fs.writeFileSync(tamperedFile, await withFlippedByte(pack, target!, 200));

  const refused = await verifyPackCli(tamperedFile, "--public-key", keyFile);
  expect(refused.output).toContain(`INVALID: ${target} was changed: its SHA-256 is`);
  expect(refused.output).not.toMatch(/^VALID/m);
  expect(refused.code).toBe(1);
});
