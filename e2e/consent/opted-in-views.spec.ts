import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

/** Issue 15.11 — the opted-in series as counts, rates or one chart per purpose; dates in the UI's format. */
test.describe("the opted-in series, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });
  // Two axe passes over a page of some 6,500 nodes: about 50 s each on a loaded 2-core machine.
  test.setTimeout(240_000);

  test("switches between counts, rates and one chart per purpose", async ({ page }) => {
    await page.goto("/consent");
    const section = page.getByRole("region", { name: "Abonnés consentants dans le temps" });
    const table = page.getByTestId("opted-in-table");
    await expect(table.locator("tbody tr").first()).toBeVisible();
    // Periods read as French dates with the year, never ISO.
    const firstPeriod = (await table.locator("tbody th").first().textContent()) ?? "";
    expect(firstPeriod).toMatch(/^\d{1,2} [a-zéû.]+ \d{4}$/);
    await expect(page.getByTestId("opted-in-chart")).toHaveAttribute("data-view", "count");

    await page.getByRole("radio", { name: "Taux (% des sollicités)" }).check();
    await expect(page.getByTestId("opted-in-chart")).toHaveAttribute("data-view", "rate");
    const rates = await table.locator("tbody td").allTextContents();
    expect(rates.length).toBeGreaterThan(0);
    for (const rate of rates.filter((r) => r !== "—")) {
      expect(rate).toMatch(/%$/);
      expect(Number(rate.replace(/[\s\u202f%]/g, "").replace(",", "."))).toBeLessThanOrEqual(100);
    }
    await expectNoA11yViolations(page);

    await page.getByRole("radio", { name: "Une courbe par finalité" }).check();
    const purposes = await table.locator("thead th").count();
    await expect(page.getByTestId("opted-in-facet")).toHaveCount(purposes - 1);
    await expect(section.getByText("chacune à sa propre échelle")).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
