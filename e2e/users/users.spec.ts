import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoA11yViolations, signIn, storageStateOf } from "../support";
import { captureAction, replayAction } from "../server-actions";

test.describe("users, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("creates an account whose generated password is shown once and works", async ({ page, browser }) => {
    await page.goto("/users");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Nouvel utilisateur" }).click();
    const dialog = page.getByRole("dialog", { name: "Nouvel utilisateur" });
    await dialog.getByLabel("Nom").fill("Inès Moreau");
    await dialog.getByLabel("Adresse e-mail").fill("ines.moreau@demo.vigie.fr");
    await dialog.getByRole("combobox", { name: "Rôle" }).click();
    await page.getByRole("option", { name: /RSSI/ }).click();
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Créer le compte" }).click();

    const shown = page.getByRole("dialog", { name: "Mot de passe de Inès Moreau" });
    const password = await shown.getByLabel("Mot de passe généré").inputValue();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    await shown.getByRole("button", { name: "J'ai copié le mot de passe" }).click();
    await expect(page.getByRole("cell", { name: "ines.moreau@demo.vigie.fr" })).toBeVisible();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const newcomer = await context.newPage();
    await signIn(newcomer, "ines.moreau@demo.vigie.fr", password);
    await expect(newcomer.getByTestId("role-badge")).toHaveText("RSSI");
    await context.close();
  });

  test("shows field errors from the server next to the field", async ({ page }) => {
    await page.goto("/users");
    await page.getByRole("button", { name: "Nouvel utilisateur" }).click();
    const dialog = page.getByRole("dialog", { name: "Nouvel utilisateur" });
    await dialog.getByLabel("Nom").fill("Doublon");
    await dialog.getByLabel("Adresse e-mail").fill("DPO@demo.vigie.fr");
    await dialog.getByRole("combobox", { name: "Rôle" }).click();
    await page.getByRole("option", { name: /RSSI/ }).click();
    await dialog.getByRole("button", { name: "Créer le compte" }).click();
    await expect(dialog.getByText("Un compte utilise déjà cette adresse e-mail.")).toBeVisible();
    await expect(dialog.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  });

  test("creates an API key shown once, then revokes it", async ({ page }) => {
    await page.goto("/users/api-keys");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Nouvelle clé" }).click();
    const dialog = page.getByRole("dialog", { name: "Nouvelle clé d'API" });
    await dialog.getByLabel("Nom").fill("SIEM du SOC");
    await dialog.getByLabel(/Signaler des incidents/).check();
    await dialog.getByRole("button", { name: "Créer la clé" }).click();
    const shown = page.getByRole("dialog", { name: "Clé « SIEM du SOC »" });
    await expect(shown.getByLabel("Clé d'API")).toHaveValue(/^vgk_[A-Za-z0-9_-]{43}$/);
    await shown.getByRole("button", { name: "J'ai copié la clé" }).click();
    const row = page.getByRole("row").filter({ hasText: "SIEM du SOC" });
    await expect(row).toContainText("incidents:write");
    await row.getByRole("button", { name: /Révoquer/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Révoquer la clé" }).click();
    await expect(row).toContainText(/Révoquée/i);
  });
});

test.describe("the auditor's read-only promise", () => {
  test("a direct POST of the user-creation action with the auditor's session is refused and creates nothing", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    // Capture how the browser calls the server action (its id and body) without letting the DPO's call through.
    const dpo = await browser.newContext({ storageState: storageStateOf("dpo") });
    const page = await dpo.newPage();
    await page.goto("/users");
    const captured = await captureAction(page, "/users", async () => {
      await page.getByRole("button", { name: "Nouvel utilisateur" }).click();
      const dialog = page.getByRole("dialog", { name: "Nouvel utilisateur" });
      await dialog.getByLabel("Nom").fill("Intrus Auditeur");
      await dialog.getByLabel("Adresse e-mail").fill("intrus@demo.vigie.fr");
      await dialog.getByRole("combobox", { name: "Rôle" }).click();
      await page.getByRole("option", { name: /DPO/ }).click();
      await dialog.getByRole("button", { name: "Créer le compte" }).click();
    });

    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });
    expect(await replayAction(auditor, "/users", captured)).toContain("FORBIDDEN");
    await auditor.dispose();

    await page.goto("/users");
    await expect(page.getByRole("cell", { name: "Intrus Auditeur" })).toHaveCount(0);
    await page.goto("/audit-log?action=access.denied");
    await expect(page.getByRole("row").filter({ hasText: "auditeur@demo.vigie.fr" }).first()).toBeVisible();
    await dpo.close();
  });

  test("the auditor's pages hold no control that changes anything", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("auditor") });
    const page = await context.newPage();
    // Reading, verifying, filtering, paging, language, theme and sign-out are the only controls allowed.
    const allowed =
      /^(Vérifier la chaîne|Filtrer|Réinitialiser|Thème|Se déconnecter|Précédent|Suivant|Afficher.*|Masquer.*|Détails.*|Voir.*|Page .*|\d+)$/;
    for (const path of ["/", "/audit-log"]) {
      await page.goto(path);
      await expectNoA11yViolations(page);
      const names = await page
        .getByRole("button")
        .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute("aria-label") ?? b.textContent ?? "").trim()));
      for (const name of names) expect(name, `${path}: button "${name}"`).toMatch(allowed);
      for (const path2 of ["/users", "/users/api-keys"]) expect((await page.goto(path2))?.status()).toBe(403);
    }
    await context.close();
  });
});

test.describe("an account deactivated during its session", () => {
  test("loses access on its next request", async ({ browser }) => {
    const dpo = await browser.newContext({ storageState: storageStateOf("dpo") });
    const admin = await dpo.newPage();
    await admin.goto("/users");
    await admin.getByRole("button", { name: "Nouvel utilisateur" }).click();
    const dialog = admin.getByRole("dialog", { name: "Nouvel utilisateur" });
    await dialog.getByLabel("Nom").fill("Temporaire Sécurité");
    await dialog.getByLabel("Adresse e-mail").fill("temporaire@demo.vigie.fr");
    await dialog.getByRole("combobox", { name: "Rôle" }).click();
    await admin.getByRole("option", { name: /RSSI/ }).click();
    await dialog.getByText("Choisir le mot de passe").click();
    await dialog.getByLabel("Nouveau mot de passe", { exact: true }).fill(DEMO_PASSWORD + "-tmp");
    await dialog.getByRole("button", { name: "Créer le compte" }).click();
    await expect(admin.getByRole("cell", { name: "temporaire@demo.vigie.fr" })).toBeVisible();

    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const user = await other.newPage();
    await signIn(user, "temporaire@demo.vigie.fr", DEMO_PASSWORD + "-tmp");
    await expect(user.getByTestId("role-badge")).toHaveText("RSSI");

    await admin.getByRole("button", { name: "Désactiver le compte de Temporaire Sécurité" }).click();
    await admin.getByRole("alertdialog").getByRole("button", { name: "Désactiver le compte" }).click();
    await expect(admin.getByRole("row").filter({ hasText: "temporaire@demo.vigie.fr" })).toContainText("Désactivé");

    await user.reload();
    await expect(user).toHaveURL(/\/login/);
    await dpo.close();
    await other.close();
  });
});
