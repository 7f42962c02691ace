import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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

/** Zero axe violations (WCAG 2.1 A/AA) on the current page. */
export async function expectNoA11yViolations(page: Page) {
  // After a client-side navigation Next streams the page's <title> in with its metadata: wait for it.
  await expect(page).toHaveTitle(/\S/);
  // A Radix listbox or menu that is closing is still in the DOM for its exit animation: wait it out.
  await expect(page.locator('[role="listbox"][data-state="closed"], [role="menu"][data-state="closed"]')).toHaveCount(
    0,
  );
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")})`,
  );
  expect(summary).toEqual([]);
}
