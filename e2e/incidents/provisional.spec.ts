import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

/** Issue 14: what Vigie applies while a fact is unknown, shown on the demo incidents. */
test.describe("provisional obligations, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("the overview lists the incidents whose scope is to confirm; unassessed risk keeps Art. 34 provisionally applicable", async ({
    page,
  }) => {
    await page.goto("/incidents");
    const scope = page.getByRole("region", { name: "Périmètre à confirmer" });
    await expect(scope).toContainText("API de portabilité");
    await expectNoA11yViolations(page);

    await scope.getByRole("link", { name: /API de portabilité/ }).click();
    const art34 = page.getByTestId("clock-gdpr-34");
    await expect(art34).toHaveAttribute("data-status", "pending");
    await expect(art34).toContainText("Risque à évaluer");
    await expect(art34).toContainText("Présence de données personnelles à confirmer");

    await page.goto("/incidents");
    await page.getByTestId("incident-row").filter({ hasText: "déclarée chiffrée" }).getByRole("link").click();
    await expect(page.getByTestId("clock-gdpr-34")).toContainText("sans preuve enregistrée");
    await expectNoA11yViolations(page);
  });
});
