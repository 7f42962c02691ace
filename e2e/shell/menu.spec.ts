import { expect, test } from "@playwright/test";
import { accounts, expectNoA11yViolations, storageStateOf, type DemoRole } from "../support";

const expectedMenu: Record<DemoRole, string[]> = {
  dpo: [
    "Vue d'ensemble",
    "Registre",
    "Consentements",
    "Incidents",
    "Sécurité",
    "Statistiques anonymisées",
    "Exports",
    "Journal d'audit",
    "Utilisateurs",
  ],
  security: [
    "Vue d'ensemble",
    "Registre",
    "Consentements",
    "Incidents",
    "Sécurité",
    "Statistiques anonymisées",
    "Exports",
  ],
  auditor: [
    "Vue d'ensemble",
    "Registre",
    "Consentements",
    "Incidents",
    "Sécurité",
    "Statistiques anonymisées",
    "Exports",
    "Journal d'audit",
  ],
};
const badge: Record<DemoRole, string> = { dpo: "DPO", security: "RSSI", auditor: "Auditeur" };

for (const role of Object.keys(expectedMenu) as DemoRole[]) {
  test.describe(`the ${role}'s console`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("shows exactly this role's menu, name and badge, and passes axe", async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Navigation principale" });
      await expect(nav.getByRole("link")).toHaveText(expectedMenu[role]);
      await expect(page.getByTestId("user-name")).toHaveText(accounts[role].name);
      await expect(page.getByTestId("role-badge")).toHaveText(badge[role]);
      await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
      await expectNoA11yViolations(page);
    });
  });
}

test.describe("pages outside one's role", () => {
  test.use({ storageState: storageStateOf("security") });

  test("are refused to the security director with an access-denied page (403), not 'page not found'", async ({
    page,
  }) => {
    for (const path of ["/users", "/users/api-keys", "/audit-log", "/consent/lookup", "/consent/import"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" }), path).toBeVisible();
    }
    await expect(
      page.getByText("Votre rôle (Directeur de la sécurité) ne permet pas d'ouvrir cette page."),
    ).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("link", { name: "Retour à la vue d'ensemble" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
  });

  test("a page that does not exist still answers 'page not found' (404)", async ({ page }) => {
    expect((await page.goto("/no-such-page"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable." })).toBeVisible();
  });
});

test.describe("dark theme", () => {
  test.use({ storageState: storageStateOf("dpo"), colorScheme: "dark" });

  test("switches to dark and still passes axe", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Thème" }).click();
    await page.getByRole("menuitemradio", { name: "Sombre" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expectNoA11yViolations(page);
  });
});
