import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

// The demo seed is deterministic: this subscriber has events.
const SUBSCRIBER = "SUB-0000001";

test.describe("proof lookup, as the auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("shows a subscriber's history and current state, and the lookup appears in the audit log", async ({ page }) => {
    await page.goto("/consent/lookup");
    await expect(page.getByRole("heading", { level: 1, name: "Preuve de consentement d'un abonné" })).toBeVisible();
    await page.getByLabel("Référence pseudonyme de l'abonné").fill(SUBSCRIBER);
    await page.getByRole("button", { name: "Consulter" }).click();
    await expect(page.getByRole("heading", { level: 2, name: `État actuel — ${SUBSCRIBER}` })).toBeVisible();
    const history = page.getByRole("region", { name: /^Historique :/ }).first();
    await expect(history.getByRole("row").nth(1)).toBeVisible();
    // Issue 15.7: the wording of the text shown, never a bare "v1"; no raw JSON; the deciding event.
    await expect(history.locator("q").first()).not.toBeEmpty();
    await expect(page.getByText(/^\{"/)).toHaveCount(0);
    await expect(page.getByTestId("decided-by").first()).toContainText("Décidé par l’événement");
    await expectNoA11yViolations(page);

    await page.goto("/audit-log?action=consent.lookup");
    const row = page.getByRole("table").getByRole("row").nth(1);
    await expect(row).toContainText("Preuve de consentement consultée");
    await expect(row).toContainText(SUBSCRIBER);
  });

  test("sees the catalogue without any write control, and cannot open the import", async ({ page }) => {
    await page.goto("/consent/purposes");
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(8);
    await expect(page.getByRole("button")).not.toContainText(["Nouvelle finalité"]);
    await expect(page.getByRole("button", { name: /Modifier|Retirer|Ajouter une version/ })).toHaveCount(0);
    expect((await page.goto("/consent/import"))?.status()).toBe(403);
  });
});
