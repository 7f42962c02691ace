import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-vigie-2026";
export const accounts = {
  dpo: { email: "dpo@demo.vigie.fr", name: "Claire Martin" },
  security: { email: "securite@demo.vigie.fr", name: "Karim Benali" },
  auditor: { email: "auditeur@demo.vigie.fr", name: "Sophie Laurent" },
} as const;
export type DemoRole = keyof typeof accounts;

export const storageStateOf = (role: DemoRole) => `e2e/.auth/${role}.json`;

/** Fill the sign-in form (French labels, the default language). */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/**
 * Signing out ends every session of the account, the stored one of its role too: sign that role
 * in again and store the new session for the specs that follow.
 */
export async function renewStoredSession(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, accounts[role].email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: /Se déconnecter|Sign out/ })).toBeVisible();
  await context.storageState({ path: storageStateOf(role) });
  await context.close();
}

/** The axe violations (WCAG 2.1 A/AA) of the current page, one line each: rule, help and where. */
export async function a11yViolations(page: Page): Promise<string[]> {
  // After a client-side navigation Next streams the page's <title> in with its metadata: wait for it.
  await expect(page).toHaveTitle(/\S/);
  // A Radix listbox or menu that is closing is still in the DOM for its exit animation: wait it out.
  await expect(page.locator('[role="listbox"][data-state="closed"], [role="menu"][data-state="closed"]')).toHaveCount(
    0,
  );
  // A toast is transient and, fading in or out, is measured half-transparent over the page: axe checks
  // the page once the toasts (4 s each) have gone and every finite animation has ended.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")})`,
  );
}

/** Zero axe violations (WCAG 2.1 A/AA) on the current page. */
export async function expectNoA11yViolations(page: Page) {
  expect(await a11yViolations(page)).toEqual([]);
}

/**
 * Open a dialog from its trigger. Right after a navigation the server's markup is on screen before React
 * has hydrated it, and a click on a button that has no handler yet is lost: click again until it opens.
 */
export async function openDialog(trigger: Locator, dialog: Locator) {
  await expect(async () => {
    if (!(await dialog.isVisible())) await trigger.click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
