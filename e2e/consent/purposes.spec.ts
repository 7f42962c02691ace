import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

test.describe("the purposes catalogue and the CSV import, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("creates a purpose, shows field errors first, then imports a CMP export for it", async ({ page }) => {
    await page.goto("/consent/purposes");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Nouvelle finalité" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Clé").fill("Bad Key");
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dialog.getByText("3 à 64 minuscules, chiffres ou tirets bas, en commençant par une lettre.")).toBeVisible();
    await expect(dialog.getByText("Une finalité fondée sur le consentement doit servir au moins un traitement du registre.").last()).toBeVisible();
    await expectNoA11yViolations(page);

    await dialog.getByLabel("Clé").fill("loyalty_newsletter");
    await dialog.getByLabel("Libellé (français)").fill("Lettre fidélité");
    await dialog.getByLabel("Libellé (anglais)").fill("Loyalty newsletter");
    // The register picker: a non-consent entry is refused on the field, a consent-based one accepted.
    const picker = dialog.getByRole("group", { name: "Traitements du registre" });
    await picker.getByLabel("Rechercher dans le registre (référence ou nom)").fill("Facturation et recouvrement");
    await picker.getByRole("checkbox", { name: /Facturation et recouvrement/ }).check();
    await dialog.getByRole("checkbox", { name: "Web" }).check();
    await dialog.getByLabel("En vigueur le").fill("2026-01-01");
    await dialog.getByLabel("Texte présenté à l'abonné").fill("Je souhaite recevoir la lettre fidélité.");
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(picker.getByText("Au moins un traitement lié doit avoir le consentement pour base légale.")).toBeVisible();
    await picker.getByRole("checkbox", { name: /Facturation et recouvrement/ }).uncheck();
    await picker.getByLabel("Rechercher dans le registre (référence ou nom)").fill("Prospection commerciale");
    await picker.getByRole("checkbox", { name: /Prospection commerciale par SMS et courriel/ }).check();
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 3, name: "Lettre fidélité" })).toBeVisible();

    await page.goto("/consent/import");
    const csv = [
      "eventId,subscriberRef,purpose,action,channel,occurredAt,textVersion,source,proof",
      'e2e-1,SUB-E2E-1,loyalty_newsletter,grant,web,2026-03-01T10:00:00+01:00,v1,cmp,"{""screen"":""banner""}"',
      "e2e-2,SUB-E2E-2,loyalty_newsletter,grant,fax,2026-03-01T10:00:00+01:00,v1,cmp,",
      "e2e-3,SUB-E2E-3,loyalty_newsletter,grant,app,2026-03-01T10:00:00+01:00,v1,cmp,",
    ].join("\n");
    await page.getByLabel("Fichier CSV").setInputFiles({ name: "cmp-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByRole("heading", { name: "Aperçu : 2 lignes valides, 1 ligne en erreur." })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Importer les lignes valides" }).click();
    await expect(page.getByRole("status")).toHaveText("Import terminé : 1 enregistrés, 0 déjà présents, 1 refusés.");
    await expect(page.getByRole("progressbar", { name: "Progression de l'import" })).toHaveAttribute("value", "2");
  });
});
