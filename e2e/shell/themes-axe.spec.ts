import { expect, test, type Page } from "@playwright/test";
import { a11yViolations, storageStateOf } from "../support";
import { STATIC_CONSOLE_PAGES, openConsolePage, recordPages } from "./console-pages";

/**
 * Issue 15 — axe reports no violation on any page in either theme: every console page (records'
 * pages, a subscriber's proof, the access-refused page and the sign-in page included) is checked
 * in the light and in the dark theme, one test per page so a failure names it.
 */
const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];

/** Choose the theme as the theme switch does (next-themes keeps it under "theme"), before any script runs. */
async function chooseTheme(page: Page, theme: Theme) {
  await page.addInitScript((chosen) => window.localStorage.setItem("theme", chosen), theme);
}

/** The page is in `theme`; its axe violations, each named with `label`. */
async function violationsIn(page: Page, theme: Theme, label: string): Promise<string[]> {
  const html = page.locator("html");
  await (theme === "dark" ? expect(html).toHaveClass(/\bdark\b/) : expect(html).not.toHaveClass(/\bdark\b/));
  return (await a11yViolations(page)).map((violation) => `${label}: ${violation}`);
}

async function expectAccessible(page: Page, theme: Theme, label: string) {
  expect(await violationsIn(page, theme, label)).toEqual([]);
}

for (const theme of THEMES) {
  test.describe(`the ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    test.beforeEach(async ({ page }) => chooseTheme(page, theme));

    test.describe("as the DPO", () => {
      test.use({ storageState: storageStateOf("dpo") });
      // The consent dashboard's charts make axe slow on a loaded machine.
      test.setTimeout(120_000);

      for (const path of STATIC_CONSOLE_PAGES) {
        test(`${path} passes axe`, async ({ page }) => {
          await openConsolePage(page, path);
          await expectAccessible(page, theme, path);
        });
      }

      test("the pages of an incident, a register entry, a release and a system pass axe", async ({ page }) => {
        test.setTimeout(180_000);
        const problems: string[] = [];
        for (const path of await recordPages(page)) {
          await openConsolePage(page, path);
          problems.push(...(await violationsIn(page, theme, path)));
        }
        expect(problems).toEqual([]);
      });

      test("a subscriber's proof passes axe", async ({ page }) => {
        await page.goto("/consent/lookup");
        await page.getByLabel("Référence pseudonyme de l'abonné").fill("SUB-0000001");
        await page.getByRole("button", { name: "Consulter" }).click();
        await expect(page.getByRole("heading", { level: 2, name: /^État actuel/ })).toBeVisible();
        await expectAccessible(page, theme, "/consent/lookup (SUB-0000001)");
      });
    });

    test.describe("as the security director", () => {
      test.use({ storageState: storageStateOf("security") });

      test("the access-refused page passes axe", async ({ page }) => {
        expect((await page.goto("/users"))?.status()).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
        await expectAccessible(page, theme, "/users (403)");
      });
    });

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });

      test("the sign-in page passes axe, its error message too", async ({ page }) => {
        await page.goto("/login");
        await expectAccessible(page, theme, "/login");
        await page.getByLabel("Adresse e-mail").fill(`axe-${theme}@demo.vigie.fr`);
        await page.getByLabel("Mot de passe").fill("pas-le-bon-mot-de-passe");
        await page.getByRole("button", { name: "Se connecter" }).click();
        await expect(
          page
            .locator("form")
            .filter({ has: page.getByLabel("Mot de passe") })
            .getByRole("alert"),
        ).toHaveText("Adresse e-mail ou mot de passe incorrect.");
        await expectAccessible(page, theme, "/login (wrong password)");
      });
    });
  });
}
