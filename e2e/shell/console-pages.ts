import { expect, type Page } from "@playwright/test";

/** The first link to `prefix`… on `path`: a record's own page, found in the demo data. */
async function firstLink(page: Page, path: string, prefix: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href, `a link to ${prefix}… on ${path}`).toMatch(new RegExp(`^${prefix}[^/?#]+$`));
  return href!;
}

/** The console's pages that are not a record's own page, as the DPO can open them. */
export const STATIC_CONSOLE_PAGES = [
  "/",
  "/register",
  "/register/new",
  "/register/import",
  "/consent",
  "/consent/purposes",
  "/consent/lookup",
  "/consent/campaigns",
  "/consent/import",
  "/incidents",
  "/incidents/new",
  "/incidents/settings",
  "/incidents/breach-register",
  "/security",
  "/security/systems",
  "/security/audits",
  "/security/findings",
  "/security/settings",
  "/releases",
  "/exports",
  "/audit-log",
  "/users",
  "/users/api-keys",
] as const;

/** One page of each kind of record (an incident, a register entry and its form, a release, a system), from the demo data. */
export async function recordPages(page: Page): Promise<string[]> {
  const incident = await firstLink(page, "/incidents", "/incidents/INC-");
  const entry = await firstLink(page, "/register", "/register/TRT-");
  const release = await firstLink(page, "/releases", "/releases/");
  const system = await firstLink(page, "/security/systems", "/security/systems/");
  return [incident, `${incident}/edit`, entry, `${entry}/edit`, release, system];
}

/** Every page of the signed-in console the DPO can open, records' pages included. */
export async function consolePages(page: Page): Promise<string[]> {
  return [...STATIC_CONSOLE_PAGES, ...(await recordPages(page))];
}

/** Open `path` and wait until its data has arrived (no busy region left). */
export async function openConsolePage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
