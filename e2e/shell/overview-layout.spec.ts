import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

/**
 * Issue 15.15 — the overview's cards hold their content without large empty areas: each card
 * ends within a few lines of its last content, at a desktop width where cards sit side by side.
 */
test.describe("the overview, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo"), viewport: { width: 1440, height: 900 } });

  test("has no card with a large empty area", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
    const cards = page.locator("main [data-slot='card']");
    await expect(cards).toHaveCount(5);
    const gaps = await cards.evaluateAll((elements) =>
      elements.map((card) => {
        const box = card.getBoundingClientRect();
        const children = [...card.querySelectorAll("*")].filter((el) => el.children.length === 0);
        const lastBottom = Math.max(...children.map((el) => el.getBoundingClientRect().bottom));
        return { title: card.querySelector("h2")?.textContent ?? "?", empty: Math.round(box.bottom - lastBottom) };
      }),
    );
    for (const gap of gaps) expect(gap.empty, `${gap.title}: ${gap.empty}px empty at the bottom`).toBeLessThan(80);
    await expectNoA11yViolations(page);
  });

  test("the incidents card counts the open incidents, lists five deadlines at most and the scopes to confirm", async ({
    page,
  }) => {
    await page.goto("/");
    const card = page.getByRole("region", { name: "Échéances d’incidents les plus proches" });
    await expect(card.getByTestId("incident-counts")).toHaveText(/^\d+ incidents ouverts, dont \d+ en retard\.$/);
    const items = card.getByTestId("incident-deadline");
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeLessThanOrEqual(5);
    expect(await items.count()).toBeGreaterThan(0);
    const scope = card.getByRole("region", { name: /^Périmètre à confirmer \(\d+\)$/ });
    await expect(scope).toContainText("API de portabilité");
    await expect(scope).toContainText("données personnelles ?");
    await expectNoA11yViolations(page);
  });

  test("no two incidents of the breach register read the same", async ({ page }) => {
    await page.goto("/incidents/breach-register");
    const rows = page.getByRole("table").first().getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    const titles = await page
      .getByRole("table")
      .first()
      .locator("tbody tr")
      // The facts column: title and description of each breach.
      .evaluateAll((trs) => trs.map((tr) => (tr.children[1]?.textContent ?? "").trim()));
    expect(titles.length).toBeGreaterThan(5);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
