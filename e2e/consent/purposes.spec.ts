import { expect, test, type Locator } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

interface NewPurpose {
  key: string;
  labelFr: string;
  labelEn: string;
  search: string;
  entry: RegExp;
  channel: string;
  text: string;
}

/** Fills the creation dialog: key, labels, one register entry (searched, then ticked), one channel, the first text. */
async function fillPurpose(dialog: Locator, purpose: NewPurpose) {
  await dialog.getByLabel("Clé").fill(purpose.key);
  await dialog.getByLabel("Libellé (français)").fill(purpose.labelFr);
  await dialog.getByLabel("Libellé (anglais)").fill(purpose.labelEn);
  await tickEntry(dialog, purpose.search, purpose.entry);
  await dialog.getByRole("checkbox", { name: purpose.channel, exact: true }).check();
  await dialog.getByLabel("En vigueur le").fill("2026-01-01");
  await dialog.getByLabel("Texte présenté à l'abonné").fill(purpose.text);
}

const registerPicker = (dialog: Locator) => dialog.getByRole("group", { name: "Traitements du registre" });

async function tickEntry(dialog: Locator, search: string, entry: RegExp) {
  await registerPicker(dialog).getByLabel("Rechercher dans le registre (référence ou nom)").fill(search);
  await registerPicker(dialog).getByRole("checkbox", { name: entry }).check();
}

test.describe("the purposes catalogue and the CSV import, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("creates a purpose, shows field errors first, then imports a CMP export for it", async ({ page }) => {
    await page.goto("/consent/purposes");
    await expectNoA11yViolations(page);
    // The demo's opt-out purpose shows its kind.
    const mobility = page.getByRole("listitem").filter({
      has: page.getByRole("heading", { level: 3, name: "Statistiques de mobilité anonymisées (opposition)" }),
    });
    await expect(mobility.getByText("Opposition (opt-out)", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Nouvelle finalité" }).click();
    const dialog = page.getByRole("dialog");
    // The kind: consent by default, objection selectable.
    const kinds = dialog.getByRole("group", { name: "Nature de la finalité" });
    await expect(kinds.getByRole("radio", { name: "Consentement (opt-in)" })).toBeChecked();
    await kinds.getByRole("radio", { name: /^Opposition \(opt-out/ }).check();
    await expect(
      dialog.getByText("Cochez au moins un traitement dont une finalité repose sur l'intérêt légitime."),
    ).toBeVisible();
    await kinds.getByRole("radio", { name: "Consentement (opt-in)" }).check();
    await dialog.getByLabel("Clé").fill("Bad Key");
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(
      dialog.getByText("3 à 64 minuscules, chiffres ou tirets bas, en commençant par une lettre."),
    ).toBeVisible();
    await expect(dialog.getByText("Une finalité doit servir au moins un traitement du registre.").last()).toBeVisible();
    await expectNoA11yViolations(page);

    // The register picker: a non-consent entry is refused on the field, a consent-based one accepted.
    await fillPurpose(dialog, {
      key: "loyalty_newsletter",
      labelFr: "Lettre fidélité",
      labelEn: "Loyalty newsletter",
      search: "Facturation et recouvrement",
      entry: /Facturation et recouvrement/,
      channel: "Web",
      text: "Je souhaite recevoir la lettre fidélité.",
    });
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(
      registerPicker(dialog).getByText("Au moins un traitement lié doit avoir le consentement pour base légale."),
    ).toBeVisible();
    await registerPicker(dialog)
      .getByRole("checkbox", { name: /Facturation et recouvrement/ })
      .uncheck();
    await tickEntry(dialog, "Prospection commerciale", /Prospection commerciale par SMS et courriel/);
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
    await page
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "cmp-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByRole("heading", { name: "Aperçu : 2 lignes valides, 1 ligne en erreur." })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Importer les lignes valides" }).click();
    await expect(page.getByRole("status")).toHaveText("Import terminé : 1 enregistrés, 0 déjà présents, 1 refusés.");
    await expect(page.getByRole("progressbar", { name: "Progression de l'import" })).toHaveAttribute("value", "2");
  });

  test("creates an objection purpose: the kind is chosen in the dialog, shown in the catalogue and read-only on edit", async ({
    page,
  }) => {
    await page.goto("/consent/purposes");
    await page.getByRole("button", { name: "Nouvelle finalité" }).click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByRole("group", { name: "Nature de la finalité" })
      .getByRole("radio", { name: /^Opposition \(opt-out/ })
      .check();
    // An objection purpose needs an entry based on legitimate interests: a consent-based one alone is refused on the field.
    await fillPurpose(dialog, {
      key: "network_quality_optout",
      labelFr: "Qualité du réseau (opposition)",
      labelEn: "Network quality (opt-out)",
      search: "Recommandations de contenus",
      entry: /Recommandations de contenus/,
      channel: "Application",
      text: "Vous pouvez vous opposer à l'usage de vos données pour mesurer la qualité du réseau.",
    });
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(
      registerPicker(dialog).getByText(
        "Au moins un traitement lié doit avoir l'intérêt légitime pour base légale (finalité d'opposition).",
      ),
    ).toBeVisible();
    await registerPicker(dialog)
      .getByRole("checkbox", { name: /Recommandations de contenus/ })
      .uncheck();
    // The picker marks the entries based on legitimate interests.
    await tickEntry(dialog, "Statistiques de mobilité", /Statistiques de mobilité anonymisées.*intérêt légitime/);
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dialog).toBeHidden();

    const created = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name: "Qualité du réseau (opposition)" }) });
    await expect(created.getByText("Opposition (opt-out)", { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
    await created.getByRole("button", { name: "Modifier network_quality_optout" }).click();
    await expect(dialog.getByText("Opposition (opt-out)", { exact: true })).toBeVisible();
    await expect(dialog.getByRole("radio")).toHaveCount(0);
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect(dialog).toBeHidden();
  });
});
