import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";
import { sampleOriginTable } from "@/lib/releases/sample-table";

const CSV = sampleOriginTable("2026-11-02");

test.describe("statistics releases", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("the DPO uploads a release, reviews its checks, approves it with a rationale and downloads it", async ({
    page,
  }) => {
    await page.goto("/releases");
    await expect(page.getByRole("heading", { name: "Statistiques anonymisées", level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
    const form = page.getByRole("form", { name: "Déposer une publication" });
    const series = `E2E ${Date.now().toString(36)}`;
    await form
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "trafic.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await form.getByLabel("Série").fill(series);
    await form.getByLabel("Destinataire").fill("Ville de test");
    await form.getByLabel("Finalité de la publication").fill("Analyse du trafic");
    const entry = form.getByLabel("Fiche du registre (active)");
    const value = await entry
      .locator("option", { hasText: "Statistiques de mobilité anonymisées" })
      .getAttribute("value");
    await entry.selectOption(value!);
    await expect(form.getByTestId("entry-facts")).toContainText("Intérêt légitime");
    await form.getByRole("button", { name: "Examiner" }).click();

    await expect(page).toHaveURL(/\/releases\/REL-\d{4}$/);
    await expect(page.getByText("À décider")).toBeVisible();
    await expect(page.getByTestId("check-primary")).toContainText("1 cellules sous k = 10 masquées");
    await expect(page.getByTestId("check-primary").getByRole("row")).toHaveCount(2);
    await expect(page.getByTestId("criterion-singlingOut")).toContainText("traité");
    await expect(page.getByText("Le fichier ne peut être téléchargé qu'après approbation du DPO.")).toBeVisible();
    await expectNoA11yViolations(page);

    const decision = page.getByRole("form", { name: "Décision du DPO" });
    await decision.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(decision).toContainText("Une justification d'au moins 20 caractères est obligatoire.");
    await decision
      .getByLabel("Justification")
      .fill("Seuil et secret secondaire appliqués, aucune publication antérieure.");
    await decision.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(page.getByTestId("decision")).toContainText("Approuvée");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Télécharger le fichier publié" }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString()).toContain(",Z2,,primary");
    const report = await page.request.get(page.url().replace("/releases/", "/api/releases/") + "/review.pdf");
    expect(report.status()).toBe(200);
    await page.goto("/releases");
    await expect(page.getByRole("row").filter({ hasText: series })).toContainText("Approuvée");
  });
});

test.describe("the auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("reads the releases and their review, cannot upload nor approve, and the API refuses both", async ({ page }) => {
    await page.goto("/releases");
    await expect(page.getByRole("form", { name: "Déposer une publication" })).toHaveCount(0);
    const pending = page.getByRole("row").filter({ hasText: "À décider" }).first();
    await pending.getByRole("link").click();
    await expect(page.getByTestId("check-differencing")).toContainText("cellules signalées");
    await expect(page.getByTestId("criterion-linkability")).toContainText("risque présent");
    await expect(page.getByRole("form", { name: "Décision du DPO" })).toHaveCount(0);
    await expectNoA11yViolations(page);
    const reference = page.url().split("/").pop()!;
    expect((await page.request.get(`/api/releases/${reference}/release.csv`)).status()).toBe(409);
    const upload = await page.request.post("/api/releases?series=x", {
      data: "area",
      headers: { "content-type": "text/csv" },
    });
    expect(upload.status()).toBe(403);
  });
});
