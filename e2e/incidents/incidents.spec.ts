import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";
import { captureAction, replayAction } from "../server-actions";

/** `datetime-local` value of an instant on the Paris wall clock. */
function parisInput(date: Date): string {
  const text = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
  return text.replace(" ", "T").slice(0, 16);
}

const CNIL = "Notification à la CNIL (RGPD art. 33)";

async function openFirstIncident(page: Page) {
  await page.goto("/incidents");
  const link = page.getByTestId("incident-row").first().getByRole("link");
  const reference = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  return reference;
}

test.describe("incidents, as the security director", () => {
  test.use({ storageState: storageStateOf("security") });

  test("opens an incident, records awareness, sees the countdown, records the CNIL notification and the clock turns met", async ({
    page,
  }) => {
    await page.goto("/incidents");
    await expect(page.getByTestId("incident-row").first()).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("link", { name: "Ouvrir un incident" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ouvrir un incident" })).toBeVisible();
    await expectNoA11yViolations(page);

    const form = page.getByRole("form", { name: "Ouvrir un incident" });
    await form.getByRole("button", { name: "Ouvrir l’incident" }).click();
    await expect(form.getByLabel("Titre")).toHaveAttribute("aria-invalid", "true");

    const now = Date.now();
    await form.getByLabel("Titre").fill("Export de lignes envoyé à un partenaire non autorisé");
    await form.getByLabel("Détecté le").fill(parisInput(new Date(now - 2 * 3_600_000)));
    await form.getByLabel("Des données personnelles sont concernées").selectOption({ label: "Oui" });
    await form.getByLabel("Confidentialité").check();

    // Register entries affected: picked from the register, their data categories pre-filled.
    const picker = form.getByRole("group", { name: "Traitements du registre touchés" });
    await picker.getByLabel("Rechercher dans le registre (référence ou nom)").fill("abonnes et des contrats");
    const entry = picker.getByRole("checkbox", { name: /Gestion des abonnés et des contrats/ });
    const reference = (await picker
      .locator("label", { hasText: "Gestion des abonnés et des contrats" })
      .textContent())!.match(/TRT-\d{4}/)![0];
    await expect(picker.getByRole("checkbox")).toHaveCount(1);
    await entry.check();
    for (const category of ["Identité civile", "Contrat et abonnement", "Coordonnées"]) {
      await expect(form.getByRole("checkbox", { name: category, exact: true })).toBeChecked();
    }
    await expect(picker.getByRole("status")).toContainText(`Ajouté depuis ${reference} — catégories de données`);
    // GDPR Art. 33(3)(a): the entry's categories of data subjects are prefilled too, editable.
    await expect(form.getByLabel(/^Catégories de personnes concernées/)).toHaveValue(/Abonnés mobiles et fixes/);
    await form.getByRole("checkbox", { name: "Coordonnées", exact: true }).uncheck();
    await expectNoA11yViolations(page);
    await form.getByRole("button", { name: "Ouvrir l’incident" }).click();

    await expect(page).toHaveURL(/\/incidents\/INC-\d{4}-\d{4}$/);
    await expect(page.getByTestId("from-detection")).toBeVisible();
    const clock = page.getByTestId("clock-gdpr-33");
    await expect(clock.getByTestId("countdown")).toContainText(/Reste/);
    await expectNoA11yViolations(page);

    const awareness = page.getByRole("form", { name: "Enregistrer la prise de connaissance" });
    await awareness.getByLabel("Prise de connaissance le (heure de Paris)").fill(parisInput(new Date(now - 3_600_000)));
    await awareness
      .getByLabel("Raison de l’écart avec la détection")
      .fill("Les journaux confirment l’envoi de données d’abonnés.");
    await awareness.getByRole("button", { name: "Enregistrer la prise de connaissance" }).click();
    await expect(page.getByTestId("from-detection")).toHaveCount(0);
    await expect(clock.getByTestId("countdown")).toHaveAttribute("data-urgency", "normal");
    await expect(clock).toHaveAttribute("data-status", "pending");

    const notify = page.getByRole("form", { name: "Enregistrer une notification envoyée" });
    await notify.getByLabel("Obligation").selectOption({ label: CNIL });
    await expect(notify.getByLabel("Projet (modifiable)")).toHaveValue(/RGPD article 33/);
    await notify.getByLabel("Envoyée le (heure de Paris)").fill(parisInput(new Date(now - 60_000)));
    await notify.getByLabel("Référence de l’autorité").fill("CNIL-E2E-4242");
    await notify.getByRole("button", { name: "Enregistrer comme envoyée" }).click();
    await expect(clock).toHaveAttribute("data-status", "met");
    await expect(page.getByRole("list", { name: "Chronologie" })).toContainText("CNIL-E2E-4242");

    const registerLink = page.getByRole("link", { name: `${reference} — Gestion des abonnés et des contrats` });
    await expect(registerLink).toHaveAttribute("href", `/register/${reference}`);
    const facts = page.locator("section", { has: page.locator("#facts") });
    await expect(facts).toContainText("Identité civile, Contrat et abonnement");
    await expect(facts).not.toContainText("Coordonnées");
    await registerLink.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Gestion des abonnés et des contrats");
  });

  test("the breach register passes axe", async ({ page }) => {
    await page.goto("/incidents/breach-register");
    await expect(page.getByRole("heading", { level: 1, name: "Registre des violations" })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe("incidents, as the auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("reads every incidents page with no control that changes anything", async ({ page }) => {
    const allowed = /^(Thème|Se déconnecter)$/;
    await page.goto("/incidents");
    await expect(page.getByRole("link", { name: "Ouvrir un incident" })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await openFirstIncident(page);
    await expect(page.getByTestId("clock-gdpr-33")).toBeVisible();
    await expect(page.getByRole("form")).toHaveCount(0);
    await expectNoA11yViolations(page);
    for (const path of ["/incidents", page.url(), "/incidents/breach-register"]) {
      await page.goto(path);
      const names = await page
        .getByRole("button")
        .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute("aria-label") ?? b.textContent ?? "").trim()));
      for (const name of names) expect(name, `${path}: button "${name}"`).toMatch(allowed);
    }
    expect((await page.goto("/incidents/new"))?.status()).toBe(403);
    expect((await page.goto("/incidents/settings"))?.status()).toBe(403);
  });

  test("a direct POST of an incident action with the auditor's session is refused", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const security = await browser.newContext({ storageState: storageStateOf("security") });
    const page = await security.newPage();
    const reference = await openFirstIncident(page);
    const captured = await captureAction(page, `/incidents/${reference}`, async () => {
      const entry = page.getByRole("form", { name: "Ajouter à la chronologie" });
      await entry.getByLabel("Quand (heure de Paris)").fill(parisInput(new Date()));
      await entry.getByLabel("Ce qui s’est passé").fill("Entrée de l’auditeur");
      await entry.getByRole("button", { name: "Ajouter l’entrée" }).click();
    });

    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });
    expect(await replayAction(auditor, `/incidents/${reference}`, captured)).toContain("FORBIDDEN");
    await auditor.dispose();
    await page.reload();
    await expect(page.getByRole("list", { name: "Chronologie" })).not.toContainText("Entrée de l’auditeur");
    await security.close();
  });
});
