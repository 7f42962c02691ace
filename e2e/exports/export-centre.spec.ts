import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { captureAction, replayAction } from "../server-actions";
import { expectNoA11yViolations, storageStateOf, type DemoRole } from "../support";

/**
 * The export centre through the UI. Report generation is parameterised on the reports the
 * page offers (one renderer each in lib/exports/registry.ts), so every renderer registered
 * is exercised: each report × format is generated, followed to completion, downloaded, and
 * the downloaded bytes' SHA-256 compared with the history's.
 */
const incidentReportLabels = ["Registre des violations", "Dossier d'un incident"];
const SUBSCRIBER = "SUB-0000001";

async function reportOptions(page: Page): Promise<{ value: string; label: string }[]> {
  const select = page.getByLabel("Rapport", { exact: true });
  if ((await select.count()) === 0) return [];
  return select
    .locator("option")
    .evaluateAll((options) =>
      options.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? "" })),
    );
}

async function firstIncidentReference(page: Page): Promise<string> {
  await page.goto("/incidents");
  const link = page.getByRole("link", { name: /INC-\d{4}-\d{4}/ }).first();
  return ((await link.textContent()) ?? "").match(/INC-\d{4}-\d{4,}/)![0];
}

/** Fill what the chosen report needs beyond the defaults (the period defaults to this year). */
async function fillScope(page: Page, report: string, incident: string) {
  if (report === "incident") await page.getByLabel("Référence de l'incident (INC-…)").fill(incident);
  if (report === "subscriber-dossier") await page.getByLabel("Référence pseudonyme de l'abonné").fill(SUBSCRIBER);
}

test.describe("the export centre", () => {
  for (const role of ["dpo", "auditor", "security"] as DemoRole[]) {
    test(`${role}: the page is in the menu, keyboard-usable and axe-clean`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStateOf(role) });
      const page = await context.newPage();
      await page.goto("/");
      await page
        .getByRole("navigation", { name: "Navigation principale" })
        .getByRole("link", { name: "Exports" })
        .click();
      await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Historique des exports" })).toBeVisible();
      await expectNoA11yViolations(page);
      const options = await reportOptions(page);
      if (role === "security") {
        await expect(page.getByText("Votre rôle permet d'exporter les rapports d'incidents")).toBeVisible();
        for (const option of options) expect(incidentReportLabels).toContain(option.label);
      }
      if (options.length > 0) {
        // The form is reachable from the keyboard, from the report to the submit button.
        await page.getByLabel("Rapport", { exact: true }).focus();
        for (
          let i = 0;
          i < 12 &&
          !(await page
            .getByRole("button", { name: "Générer l'export" })
            .evaluate((el) => el === document.activeElement));
          i++
        )
          await page.keyboard.press("Tab");
        await expect(page.getByRole("button", { name: "Générer l'export" })).toBeFocused();
      }
      await context.close();
    });
  }

  test("the DPO generates every report and format on offer, follows it, and downloads the file the history describes", async ({
    browser,
  }) => {
    test.setTimeout(600_000);
    const context = await browser.newContext({ storageState: storageStateOf("dpo") });
    const page = await context.newPage();
    const incident = await firstIncidentReference(page);
    await page.goto("/exports");
    const options = await reportOptions(page);
    expect(options.length).toBeGreaterThan(0);
    for (const report of options) {
      await page.goto("/exports");
      await page.getByLabel("Rapport", { exact: true }).selectOption(report.value);
      const formats = await page
        .getByLabel("Format", { exact: true })
        .locator("option")
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
      for (const format of formats) {
        await test.step(`${report.value} as ${format}`, async () => {
          // A fresh page: the only job message is this export's.
          await page.goto("/exports");
          await page.getByLabel("Rapport", { exact: true }).selectOption(report.value);
          await page.getByLabel("Format", { exact: true }).selectOption(format);
          const formatLabel =
            (await page.getByLabel("Format", { exact: true }).locator("option:checked").textContent()) ?? format;
          await fillScope(page, report.value, incident);
          await page.getByRole("button", { name: "Générer l'export" }).click();
          const ready = page
            .getByRole("alert")
            .filter({ hasText: `« ${report.label} » est prêt.` })
            .first();
          await expect(ready.or(page.getByText(/a échoué/))).toBeVisible({ timeout: 240_000 });
          await expect(page.getByText(/a échoué/)).toHaveCount(0);
          const downloadStarted = page.waitForEvent("download");
          await ready.getByRole("link", { name: "Télécharger" }).click();
          const bytes = fs.readFileSync((await (await downloadStarted).path())!);
          const sha256 = createHash("sha256").update(bytes).digest("hex");
          // The history row (newest first; a deterministic report exported twice has the same hash):
          // who, report, format, and the same SHA-256 as the bytes downloaded.
          const row = page.getByRole("row").filter({ hasText: sha256 }).first();
          await expect(row).toBeVisible();
          await expect(row).toContainText(report.label);
          await expect(row).toContainText(formatLabel);
          await expect(row).toContainText("Claire Martin");
        });
      }
    }
    // With a finished job's message and a filled history, the page is still axe-clean.
    await expectNoA11yViolations(page);
    await context.close();
  });

  test("the security director is refused the register export when calling the action directly, and the refusal is logged", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const dpo = await browser.newContext({ storageState: storageStateOf("dpo") });
    const page = await dpo.newPage();
    await page.goto("/exports");
    const options = await reportOptions(page);
    expect(options.map((o) => o.value)).toContain("register");
    await page.getByLabel("Rapport", { exact: true }).selectOption("register");
    const action = await captureAction(page, "/exports", () =>
      page.getByRole("button", { name: "Générer l'export" }).click(),
    );
    const security = await playwright.request.newContext({ baseURL, storageState: storageStateOf("security") });
    expect(await replayAction(security, "/exports", action)).toContain("FORBIDDEN");
    await page.goto("/audit-log?action=access.denied");
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: "securite@demo.vigie.fr" })
        .filter({ hasText: "exports.request" })
        .first(),
    ).toBeVisible();
    await security.dispose();
    await dpo.close();
  });

  test("the export routes refuse anonymous callers and name the bad field", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/exports")).status()).toBe(401);
    expect((await anonymous.get("/api/exports/00000000-0000-4000-8000-000000000000/file")).status()).toBe(401);
    await anonymous.dispose();
    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });
    const bad = await auditor.get("/api/exports/jobs/..%2F..%2Fetc%2Fpasswd");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ errors: [{ path: "id", message: "must be a UUID" }] });
    expect((await auditor.get("/api/exports/00000000-0000-4000-8000-000000000000/file")).status()).toBe(404);
    expect((await auditor.get("/api/exports/jobs/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
    expect((await auditor.get("/api/exports")).status()).toBe(200);
    await auditor.dispose();
  });
});
