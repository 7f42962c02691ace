import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

test.describe("the consent dashboard, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("filters by purpose and channel: the URL, the chart and the tables change, without a page reload", async ({
    page,
  }) => {
    // Two filter round trips, each redrawing four charts: a minute is short on a loaded 2-core machine.
    test.setTimeout(120_000);
    await page.goto("/consent");
    await expect(page.getByRole("heading", { level: 1, name: "Consentements" })).toBeVisible();
    const seriesTable = page.getByTestId("opted-in-table");
    const flowsTable = page.getByTestId("flows-table");
    await expect(seriesTable.getByRole("columnheader")).toHaveCount(9);
    await expect(page.getByTestId("opted-in-chart").locator(".recharts-line")).toHaveCount(8);
    await expect(page.getByRole("region", { name: "Pics de retraits" })).toBeVisible();
    // Objection purposes are read apart, by their objection rate (issue 15.6).
    const objection = page.getByTestId("current-objection");
    await expect(objection.getByRole("columnheader", { name: "Taux d’opposition" })).toBeVisible();
    await expect(objection.getByRole("row", { name: /Statistiques de mobilité anonymisées/ })).toBeVisible();
    await expect(
      page.getByTestId("current-consent").getByRole("row", { name: /Statistiques de mobilité/ }),
    ).toHaveCount(0);
    // Grants, refusals and effective withdrawals (issue 15.5).
    await expect(flowsTable.getByRole("columnheader")).toHaveText([
      "Période",
      "Canal",
      "Consentements",
      "Refus (premières réponses)",
      "Retraits effectifs",
    ]);
    await expectNoA11yViolations(page);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await page.getByRole("checkbox", { name: "Prospection commerciale par SMS et e-mail" }).check();
    await expect(page).toHaveURL(/purposes=sms_email_marketing/);
    await expect(seriesTable.getByRole("columnheader")).toHaveText([
      "Période",
      "Prospection commerciale par SMS et e-mail",
    ]);
    await expect(page.getByTestId("opted-in-chart").locator(".recharts-line")).toHaveCount(1);

    await page.getByRole("checkbox", { name: "SMS", exact: true }).check();
    await expect(page).toHaveURL(/channels=sms/);
    const channelCells = flowsTable.locator("tbody tr td:first-of-type");
    await expect(channelCells.first()).toHaveText("SMS");
    expect(new Set(await channelCells.allInnerTexts())).toEqual(new Set(["SMS"]));
    await expect(page.getByTestId("grants-chart").locator(".recharts-bar")).toHaveCount(1);

    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "SMS", exact: true })).toBeChecked();
    await expect(seriesTable.getByRole("columnheader")).toHaveCount(2);
  });

  test("downloads the figures shown as CSV", async ({ page }) => {
    await page.goto("/consent?granularity=month&purposes=web_analytics_cookies");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger les chiffres affichés (CSV)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^vigie-consent-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});

test.describe("the consent pages, as the security director", () => {
  test.use({ storageState: storageStateOf("security") });

  test("shows the dashboard and the catalogue, without write controls", async ({ page }) => {
    await page.goto("/consent/purposes");
    await expect(page.getByRole("heading", { level: 1, name: "Finalités de consentement" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Nouvelle finalité|Modifier|Retirer/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Preuve d'un abonné" })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});

test.describe("the overview, as the DPO (issue 15)", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("reads objection purposes by their objection rate, apart, and flags the register gaps", async ({ page }) => {
    await page.goto("/");
    const objection = page.getByTestId("consent-overview-objection");
    await expect(objection.getByRole("heading", { name: /Finalités d’opposition/ })).toBeVisible();
    await expect(objection.getByText("Taux d’opposition")).toBeVisible();
    await expect(objection.getByText(/Statistiques de mobilité anonymisées/)).toBeVisible();
    await expect(objection.getByText(/s’opposent?$/).first()).toBeVisible();
    await expect(page.getByTestId("consent-overview-consent").getByText(/Statistiques de mobilité/)).toHaveCount(0);
    // Point 1: the register headline counts active entries without their required DPIA.
    await expect(page.getByTestId("active-missing-dpia")).toContainText(/fiches? actives?/);
    // Point 4: purposes feeding a register entry that is not active are flagged.
    await expect(page.getByTestId("inactive-register-entry").first()).toContainText("TRT-");
    await expectNoA11yViolations(page);
  });
});
