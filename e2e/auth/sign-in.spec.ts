import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoA11yViolations, signIn } from "../support";

test.describe("sign-in", () => {
  test("sends an anonymous visitor to the sign-in page, which passes axe", async ({ page }) => {
    await page.goto("/audit-log");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faudit-log/);
    await expect(page.getByRole("heading", { name: "Connexion à Vigie" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("refuses a wrong password without saying whether the account exists", async ({ page }) => {
    await signIn(page, "dpo@demo.vigie.fr", "wrong-password-1");
    const form = page.locator("form").filter({ has: page.getByLabel("Mot de passe") });
    await expect(form.getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await signIn(page, "nobody@demo.vigie.fr", "wrong-password-1");
    await expect(form.getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  });

  test("locks an address for 15 minutes after 5 failures, even with the right password next", async ({ page }) => {
    const email = "lockout-victim@demo.vigie.fr";
    const form = page.locator("form").filter({ has: page.getByLabel("Mot de passe") });
    for (let i = 1; i <= 4; i++) {
      await signIn(page, email, `wrong-password-${i}`);
      await expect(form.getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    }
    await signIn(page, email, "wrong-password-5");
    await expect(form.getByRole("alert")).toHaveText("Trop de tentatives échouées : réessayez dans 15 minutes.");
  });

  test("refuses an auditor whose access has expired", async ({ page }) => {
    await signIn(page, "auditeur.expire@demo.vigie.fr", DEMO_PASSWORD);
    const form = page.locator("form").filter({ has: page.getByLabel("Mot de passe") });
    await expect(form.getByRole("alert")).toHaveText(
      "Ce compte est désactivé ou son accès a expiré. Contactez le DPO.",
    );
    await expect(page).toHaveURL(/\/login/);
  });

  test("switches the sign-in page to English and keeps the choice", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("combobox", { name: "Langue" }).click();
    await page.getByRole("option", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Vigie" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("E-mail address")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
