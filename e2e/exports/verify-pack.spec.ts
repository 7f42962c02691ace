import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildPack, withFlippedByte } from "../../lib/exports/pack/pack-fixtures";
import { parseSigningKey } from "../../lib/exports/pack/signing-key";
import { expectNoA11yViolations, storageStateOf } from "../support";

const keyFile = path.resolve(process.env.E2E_DATA_DIR ?? ".data-e2e", "signing-key.pem");

test.use({ storageState: storageStateOf("auditor") });

test("the auditor verifies a server-signed pack through the upload (15 MB, past the proxy's default limit), then a tampered one", async ({
  page,
}, info) => {
  const key = parseSigningKey(fs.readFileSync(keyFile, "utf8"));
  const pack = await buildPack(
    { "journal-audit.json": '{"entries":[]}', "big.bin": randomBytes(15 * 1024 * 1024) },
    key,
  );
  const good = info.outputPath("good.zip");
  const bad = info.outputPath("bad.zip");
  fs.writeFileSync(good, pack);
  fs.writeFileSync(bad, await withFlippedByte(pack, "journal-audit.json", 3));
  await page.goto("/exports");
  await expect(page.getByText("Empreinte SHA-256 de la clé publique")).toBeVisible();
  const form = page.getByRole("form", { name: "Vérifier un paquet d'audit" });
  await form.getByRole("button", { name: "Vérifier le paquet" }).click();
  await expect(form.getByText("Choisissez un paquet d'audit (.zip).")).toBeVisible();
  await form.getByLabel("Paquet d'audit (.zip)").setInputFiles(good);
  await form.getByRole("button", { name: "Vérifier le paquet" }).click();
  await expect(form.getByText(/Paquet intact : signature valide, 2 fichiers/)).toBeVisible({ timeout: 30_000 });
  await expect(form.getByText(/Signé par la clé de ce serveur/)).toBeVisible();
  await expectNoA11yViolations(page);
  await form.getByLabel("Paquet d'audit (.zip)").setInputFiles(bad);
  await form.getByRole("button", { name: "Vérifier le paquet" }).click();
  await expect(form.getByText("Paquet non conforme")).toBeVisible({ timeout: 30_000 });
  await expect(form.getByText(/journal-audit.json a été modifié/)).toBeVisible();
  await expectNoA11yViolations(page);
});
