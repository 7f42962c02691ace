import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

const LIST = "subscriber_ref\nSUB-0000001\nSUB-0000002\nSUB-0000003\nSUB-fffffff\nSUB-0000001\n";

test.describe("campaign check, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("checks a CSV list, shows the counts, downloads the allowed list and lists the check in the history", async ({
    page,
  }) => {
    await page.goto("/consent/campaigns");
    await expect(page.getByRole("heading", { level: 1, name: "Vérifier une campagne" })).toBeVisible();
    const history = page.getByRole("region", { name: "Historique des vérifications" }).first();
    await expect(history).toContainText("Newsletter de décembre");
    await expectNoA11yViolations(page);

    const form = page.getByRole("form", { name: "Nouvelle vérification" });
    await form.getByRole("button", { name: "Vérifier la liste" }).click();
    await expect(form.getByText("Choisissez une finalité.")).toBeVisible();

    await form.getByLabel("Finalité", { exact: true }).selectOption("sms_email_marketing");
    await form.getByLabel("Canal de la campagne").selectOption("email");
    await form.getByLabel("Nom de la campagne").fill("Vente privée e2e");
    await form.getByLabel("Liste des références (CSV)").setInputFiles({
      name: "liste.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(LIST),
    });
    await form.getByRole("button", { name: "Vérifier la liste" }).click();
    const outcome = page.getByRole("status").filter({ hasText: "Vérification enregistrée." });
    await expect(outcome).toBeVisible();
    await expect(outcome.getByText("Références reçues")).toBeVisible();
    await expect(outcome.locator("dd").first()).toHaveText("5");
    await expect(outcome.locator("dd").nth(1)).toHaveText("4");
    await expectNoA11yViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      outcome.getByRole("button", { name: "Télécharger la liste autorisée (CSV)" }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFsubscriber_ref");
    expect(csv).not.toContain("SUB-fffffff");
    await expect(history).toContainText("Vente privée e2e");
  });

  test("refuses a campaign on a purpose whose register entry is a draft, recording nothing", async ({ page }) => {
    await page.goto("/consent/campaigns");
    const form = page.getByRole("form", { name: "Nouvelle vérification" });
    await form.getByLabel("Finalité", { exact: true }).selectOption("location_offers");
    await form.getByLabel("Canal de la campagne").selectOption("push");
    await form.getByLabel("Nom de la campagne").fill("Magasins proches");
    await form.getByLabel("Liste des références (CSV)").setInputFiles({
      name: "liste.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("SUB-0000001\n"),
    });
    await form.getByRole("button", { name: "Vérifier la liste" }).click();
    await expect(page.getByRole("status").getByText("Vérification refusée : rien n'a été enregistré.")).toBeVisible();
    await expect(page.getByRole("status")).toContainText("n'est pas actif");
    await page.reload();
    await expect(page.getByRole("region", { name: "Historique des vérifications" }).first()).not.toContainText(
      "Magasins proches",
    );
  });

  test("the dashboard shows, per purpose, the campaign lists checked in the period", async ({ page }) => {
    // The whole dashboard (thousands of nodes) and its accessibility check: slow on a loaded machine.
    test.slow();
    await page.goto("/consent");
    const section = page.getByRole("region", { name: "Campagnes vérifiées sur la période" });
    const row = section.getByRole("row", { name: /Prospection commerciale par SMS et e-mail/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole("cell").first()).not.toHaveText("0");
    await expectNoA11yViolations(page);
  });
});

test.describe("campaign check, as the auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("has no campaign tab and is refused the page (403, access refused)", async ({ page }) => {
    await page.goto("/consent");
    await expect(page.getByRole("link", { name: "Vérifier une campagne" })).toHaveCount(0);
    expect((await page.goto("/consent/campaigns"))?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  });
});
