import { expect, test } from "@playwright/test";
import { accounts, DEMO_PASSWORD, renewStoredSession, signIn, storageStateOf } from "../support";

test.describe("language", () => {
  test.use({ storageState: storageStateOf("security") });

  test("is saved on the account: English follows the user to a new browser", async ({ page, browser }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Langue" }).click();
    await page.getByRole("option", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

    const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await fresh.newPage();
    await signIn(other, accounts.security.email, DEMO_PASSWORD);
    await expect(other.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await expect(other.getByRole("button", { name: "Sign out" })).toBeVisible();

    // Back to French for the other tests.
    await other.getByRole("combobox", { name: "Language" }).click();
    await other.getByRole("option", { name: "Français" }).click();
    await expect(other.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
    await fresh.close();
  });

  test("signing out returns to the sign-in page", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signIn(page, accounts.security.email, DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await context.close();
    await renewStoredSession(browser, "security");
  });
});
