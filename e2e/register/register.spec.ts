import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";
import { captureAction, replayAction } from "../server-actions";

const PURPOSES = "Finalités et bases légales (art. 30.1.b, art. 6 et 9)";
const RECIPIENTS = "Destinataires (art. 30.1.d)";

async function openEntry(page: Page, name: string) {
  await page.goto(`/register?q=${encodeURIComponent(name)}`);
  await page.getByRole("row").filter({ hasText: name }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
}

test.describe("the DPO's register", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("creates a complete entry through the form, activates it and sees it active in the list", async ({ page }) => {
    const name = "Portail des objets connectés";
    await page.goto("/register");
    await page.getByRole("link", { name: "Nouvelle fiche" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nouvelle fiche du registre" })).toBeVisible();
    await expectNoA11yViolations(page);

    // Saving an empty name is refused next to the field, in French.
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.locator("#entry-name-error")).toHaveText("Ce champ est obligatoire.");

    await page.getByLabel("Nom du traitement").fill(name);
    await page.getByLabel("Coordonnées de l'organisme").fill("12 rue des Antennes, 75011 Paris");
    const purposes = page.getByRole("group", { name: PURPOSES, exact: true });
    await purposes.getByRole("button", { name: "Ajouter" }).click();
    await purposes.getByLabel("Finalité", { exact: true }).fill("Gérer les objets connectés des abonnés");
    await purposes
      .getByLabel("Base légale (art. 6)")
      .selectOption({ label: "Exécution d'un contrat (RGPD art. 6(1)(b))" });
    await page.getByLabel("Catégories de personnes concernées").fill("Abonnés IoT");
    await page.getByLabel("Coordonnées", { exact: true }).check();
    const recipients = page.getByRole("group", { name: RECIPIENTS, exact: true });
    await recipients.getByRole("button", { name: "Ajouter" }).click();
    await recipients.getByLabel("Destinataire", { exact: true }).fill("Direction IoT");
    const retention = page.getByRole("region", { name: "Durées de conservation (art. 30.1.f)" });
    await retention.getByRole("button", { name: "Ajouter" }).click();
    await retention.getByLabel("Point de départ").fill("après la fin du contrat");
    await retention.getByLabel("Référence légale").fill("Recommandation CNIL");
    await page.getByLabel("Gestion des habilitations (moindre privilège)").check();
    await page.getByLabel("Description des mesures").fill("Habilitations revues chaque semestre.");
    await page.getByLabel("Source des données").fill("Souscription");
    await page.getByLabel("Applications et systèmes").fill("Plateforme IoT");
    await page.getByLabel("Responsable métier").fill("Direction IoT");
    await page.getByLabel("Prochaine revue de la fiche").fill("2027-06-30");
    await page.getByRole("button", { name: "Enregistrer" }).click();

    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`TRT-\\d{4} — ${name}`) })).toBeVisible();
    await expect(page.getByText("Complétude : 100 %")).toBeVisible();
    await page.getByRole("button", { name: "Activer" }).click();
    await expect(
      page.getByRole("heading", { level: 1 }).locator("..").getByText("Active", { exact: true }),
    ).toBeVisible();

    await page.goto(`/register?status=active&q=${encodeURIComponent("objets connectés")}`);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Active");
    await expect(row).toContainText("100 %");
  });

  test("an edit shows up in the history as a field-by-field diff", async ({ page }) => {
    await openEntry(page, "Enquêtes de satisfaction");
    await page.getByRole("link", { name: "Modifier" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Modifier TRT-/ })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel("Responsable métier").fill("Direction de l'expérience client");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Enquêtes de satisfaction/ })).toBeVisible();
    const diff = page.getByRole("region", { name: /Différences entre la version/ });
    // Issue 15.9: the field by its form label, never the schema key.
    await expect(diff.getByText("businessOwner")).toHaveCount(0);
    const change = diff.getByRole("row").filter({ hasText: "Responsable métier" });
    await expect(change).toContainText("Direction de la relation client");
    await expect(change).toContainText("Direction de l'expérience client");
    await expectNoA11yViolations(page);
  });

  test("a filter combination in the URL reloads identically", async ({ page }) => {
    const url = "/register?legalBasis=legitimate_interests&status=active&location=1&sort=name&dir=desc";
    await page.goto(url);
    const names = async () => page.getByRole("region", { name: "Fiches du registre" }).getByRole("row").allInnerTexts();
    const first = await names();
    expect(first.length).toBeGreaterThan(1);
    await expect(page.getByLabel("Base légale")).toHaveValue("legitimate_interests");
    await expect(page.getByLabel("Données de localisation")).toBeChecked();
    await expect(page.getByRole("columnheader", { name: "Nom" })).toHaveAttribute("aria-sort", "descending");
    await page.reload();
    expect(await names()).toEqual(first);
    // Submitting the form as loaded gives back the same URL.
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(url);
    expect(await names()).toEqual(first);
    await expectNoA11yViolations(page);
  });

  test("the entry of a consent-based activity lists the consent purposes it serves, linked to the catalogue", async ({
    page,
  }) => {
    await openEntry(page, "Prospection commerciale par SMS et courriel");
    const section = page.getByRole("region", { name: "Finalités de consentement" });
    const link = section.getByRole("link", { name: "Prospection commerciale par SMS et e-mail" });
    await expect(link).toBeVisible();
    const item = section.getByRole("listitem").filter({ hasText: "sms_email_marketing" });
    await expect(item).toContainText("Active");
    await expect(item).toContainText("Consentement (opt-in)");
    await expectNoA11yViolations(page);
    await link.click();
    await expect(page).toHaveURL(/\/consent\/purposes#purpose-sms_email_marketing$/);
    await expect(
      page.getByRole("heading", { level: 3, name: "Prospection commerciale par SMS et e-mail" }),
    ).toBeVisible();
    const purpose = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name: "Prospection commerciale par SMS et e-mail" }) });
    await purpose
      .getByRole("link", { name: /^TRT-\d{4}$/ })
      .first()
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: /Prospection commerciale par SMS et courriel/ }),
    ).toBeVisible();
  });

  test("an activity on legitimate interests shows its opt-out purpose as an objection, not a consent", async ({
    page,
  }) => {
    await openEntry(page, "Statistiques de mobilité anonymisées");
    const item = page
      .getByRole("region", { name: "Finalités de consentement" })
      .getByRole("listitem")
      .filter({ hasText: "mobility_statistics_optout" });
    await expect(item).toContainText("Opposition (opt-out)");
    await expect(item).not.toContainText("Consentement (opt-in)");
  });

  test("every register page passes axe: list, as-of view, entry, import", async ({ page }) => {
    await page.goto("/register");
    await expectNoA11yViolations(page);
    await page.goto("/register?asOf=2026-01-01");
    await expect(page.getByRole("heading", { level: 1, name: /Le registre au/ })).toBeVisible();
    await expectNoA11yViolations(page);
    await openEntry(page, "Centre d'appels au Maroc");
    await expectNoA11yViolations(page);
    await page.goto("/register/import");
    await expectNoA11yViolations(page);
  });
});

test.describe("the auditor's read-only register", () => {
  for (const role of ["auditor", "security"] as const)
    test(`holds no control that changes anything for the ${role}, and the write pages do not exist`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ storageState: storageStateOf(role) });
      const page = await context.newPage();
      const allowed =
        /^(Filtrer|Réinitialiser|Comparer|Thème|Se déconnecter|Précédent|Suivant|Référence|Nom|Rôle|Statut|AIPD|Complétude|Prochaine revue|Responsable métier)$/;
      await page.goto("/register");
      await expectNoA11yViolations(page);
      const check = async (path: string) => {
        const names = await page
          .getByRole("button")
          .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute("aria-label") ?? b.textContent ?? "").trim()));
        for (const name of names) expect(name, `${path}: button "${name}"`).toMatch(allowed);
        await expect(page.getByRole("link", { name: /Nouvelle fiche|Importer|Modifier/ })).toHaveCount(0);
      };
      await check("/register");
      await openEntry(page, "Facturation et recouvrement");
      await expectNoA11yViolations(page);
      await check(page.url());
      const reference = page.url().split("/register/")[1]!.split("?")[0]!;
      for (const path of ["/register/new", "/register/import", `/register/${reference}/edit`])
        expect((await page.goto(path))?.status()).toBe(403);
      await context.close();
    });

  test("a direct POST of a register action with the auditor's session is refused and changes nothing", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const dpo = await browser.newContext({ storageState: storageStateOf("dpo") });
    const page = await dpo.newPage();
    await openEntry(page, "Gestion des fournisseurs");
    const path = new URL(page.url()).pathname;
    const captured = await captureAction(page, path, async () => {
      await page.getByRole("button", { name: "Retirer" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Retirer" }).click();
    });

    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });
    expect(await replayAction(auditor, path, captured)).toContain("FORBIDDEN");
    // The import route refuses the auditor too (403) before reading anything; reading an entry is allowed.
    const upload = await auditor.post("/api/register/import?mode=commit", {
      multipart: { file: { name: "registre.csv", mimeType: "text/csv", buffer: Buffer.from("name\nIntrus\n") } },
    });
    expect(upload.status()).toBe(403);
    const reference = path.split("/").pop()!;
    expect((await auditor.get(`/api/register/${reference}`)).status()).toBe(200);
    await auditor.dispose();

    await page.reload();
    await expect(
      page.getByRole("heading", { level: 1 }).locator("..").getByText("Active", { exact: true }),
    ).toBeVisible();
    await page.goto("/audit-log?action=access.denied");
    await expect(page.getByRole("row").filter({ hasText: "register.retire" }).first()).toBeVisible();
    await dpo.close();
  });
});

test.describe("processor entries and new-entry defaults (issue 15.14)", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("a processor entry shows only the Art. 30(2) sections", async ({ page }) => {
    await page.goto("/register?role=processor");
    await page.getByRole("table").getByRole("link").first().click();
    const content = page.getByRole("region", { name: "Contenu de la fiche" });
    await expect(content.getByRole("heading", { level: 3, name: /^Responsables servis/ })).toBeVisible();
    for (const name of [/^Finalités/, /^Destinataires/, /^Durées de conservation/])
      await expect(content.getByRole("heading", { level: 3, name })).toHaveCount(0);
  });

  test("the new-entry form pre-fills the DPO's name, not the job title", async ({ page }) => {
    await page.goto("/register/new");
    const dpoName = page.getByLabel("Délégué à la protection des données", { exact: true });
    await expect(dpoName).not.toHaveValue("Délégué à la protection des données");
    await expect(dpoName).not.toHaveValue("");
  });
});

test.describe("the register list at 1,440 × 900 (issue 15.8)", () => {
  test.use({ storageState: storageStateOf("dpo"), viewport: { width: 1440, height: 900 } });

  test("shows status, DPIA, completeness, next review and owner without a horizontal scroll", async ({ page }) => {
    await page.goto("/register");
    const region = page.getByRole("region", { name: "Fiches du registre" });
    await expect(region.getByRole("table")).toBeVisible();
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ["Statut", "AIPD", "Complétude", "Prochaine revue", "Responsable"]) {
      const header = region.getByRole("columnheader", { name: new RegExp(name) }).first();
      await expect(header).toBeInViewport();
    }
  });
});
