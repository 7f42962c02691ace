import { expect, test, type Page } from "@playwright/test";
import { captureAction, replayAction } from "../server-actions";
import { expectNoA11yViolations, storageStateOf } from "../support";
import { sampleOriginTable } from "@/lib/releases/sample-table";

const CSV = sampleOriginTable("2026-11-03");

async function setThreshold(page: Page, value: string) {
  const form = page.getByRole("form", { name: "Seuil k par défaut" });
  await form.getByLabel("Seuil k (personnes par cellule)").fill(value);
  await form.getByLabel("Seuil k (personnes par cellule)").press("Enter");
  return form;
}

test.describe("the default threshold k, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("refuses a k below 3 saying why, then a new k is used by the next review and the past ones keep theirs", async ({
    page,
  }) => {
    await page.goto("/releases");
    const settings = page.getByRole("form", { name: "Seuil k par défaut" });
    await expect(settings.getByLabel("Seuil k (personnes par cellule)")).toHaveValue("10");
    await expectNoA11yViolations(page);

    await setThreshold(page, "2");
    await expect(settings).toContainText("Au moins 3 : la règle de fréquence de la statistique publique");
    await expect(settings.getByLabel("Seuil k (personnes par cellule)")).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(page);

    await setThreshold(page, "50");
    await expect(page.getByText("Seuil enregistré : les prochains examens l'appliqueront.")).toBeVisible();
    const upload = page.getByRole("form", { name: "Déposer une publication" });
    await expect(upload.getByLabel("Seuil k")).toHaveValue("50");
    await expect(upload).toContainText("Seuil par défaut : 50.");

    const series = `Seuil ${Date.now().toString(36)}`;
    await upload
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "trafic.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await upload.getByLabel("Série").fill(series);
    await upload.getByLabel("Destinataire").fill("Ville de test");
    await upload.getByLabel("Finalité de la publication").fill("Analyse du trafic");
    const entry = upload.getByLabel("Fiche du registre (active)");
    const value = await entry
      .locator("option", { hasText: "Statistiques de mobilité anonymisées" })
      .getAttribute("value");
    await entry.selectOption(value!);
    await upload.getByRole("button", { name: "Examiner" }).click();

    await expect(page).toHaveURL(/\/releases\/REL-\d{4}$/);
    await expect(page.getByTestId("check-primary")).toContainText("4 cellules sous k = 50 masquées");

    // The history shows each review's own k: the new one 50, the demo's earlier reviews 10.
    await page.goto("/releases");
    const row = page.getByRole("row").filter({ hasText: series });
    await expect(row.getByRole("cell", { name: "50", exact: true })).toBeVisible();
    const earlier = page.getByRole("row").filter({ hasText: "Approuvée" }).filter({ hasNotText: series }).first();
    await expect(earlier.getByRole("cell", { name: "10", exact: true })).toBeVisible();
    // A pending review made with k = 10 says so against today's default.
    await page
      .getByRole("row")
      .filter({ hasText: "À décider" })
      .filter({ hasNotText: series })
      .first()
      .getByRole("link")
      .click();
    await expect(page.getByTestId("k-below-current")).toContainText(
      "Examinée avec k = 10 ; le seuil par défaut est aujourd'hui 50.",
    );

    // Back to the demo's default for the other specs.
    await page.goto("/releases");
    await setThreshold(page, "10");
    await expect(page.getByText("Seuil enregistré : les prochains examens l'appliqueront.")).toBeVisible();
    await expect(page.getByRole("form", { name: "Déposer une publication" }).getByLabel("Seuil k")).toHaveValue("10");
  });
});

test.describe("the default threshold k, as the auditor", () => {
  test("reads it without a form, and a direct POST of the DPO's action with the auditor's session is refused", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const reader = await browser.newContext({ storageState: storageStateOf("auditor") });
    const readerPage = await reader.newPage();
    await readerPage.goto("/releases");
    await expect(readerPage.getByRole("form", { name: "Seuil k par défaut" })).toHaveCount(0);
    await expect(readerPage.getByTestId("release-threshold")).toHaveText(
      "Seuil k appliqué aux prochains examens : 10. Seul le DPO peut le modifier.",
    );
    await expectNoA11yViolations(readerPage);

    const dpo = await browser.newContext({ storageState: storageStateOf("dpo") });
    const page = await dpo.newPage();
    await page.goto("/releases");
    const action = await captureAction(page, "/releases", () => setThreshold(page, "12").then(() => undefined));
    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });
    expect(await replayAction(auditor, "/releases", action)).toContain("FORBIDDEN");
    await readerPage.reload();
    await expect(readerPage.getByTestId("release-threshold")).toContainText("prochains examens : 10.");
    await auditor.dispose();
    await dpo.close();
    await reader.close();
  });
});
