import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

test.describe("the audit log, as the auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("verifies the chain and reports it intact", async ({ page }) => {
    await page.goto("/audit-log");
    await page.getByRole("button", { name: "Vérifier la chaîne" }).click();
    await expect(page.getByText(/Chaîne intacte : \d+ entrées/)).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("filters by action from the URL, and the filter survives a reload", async ({ page }) => {
    await page.goto("/audit-log?action=auth.login");
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    const texts = await rows.allInnerTexts();
    expect(
      texts
        .slice(1)
        .filter((t) => t.trim())
        .every((t) => /Connexion/.test(t)),
    ).toBe(true);
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Action" })).toContainText(/Connexion/);
  });

  test("opens an entry's details (fetched on opening): before, after, context and its hash, and closes them", async ({
    page,
  }) => {
    await page.goto("/audit-log?action=auth.login");
    const toggle = page.getByRole("button", { name: /^Détails de l'entrée n° [\d\s\u202f]+$/ }).first();
    const details = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await expect(details).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(details.getByText("Avant", { exact: true })).toBeVisible();
    await expect(details.getByText("Après", { exact: true })).toBeVisible();
    await expect(details.getByText("Contexte", { exact: true })).toBeVisible();
    await expect(details.getByText("Empreinte")).toBeVisible();
    await expectNoA11yViolations(page);
    await toggle.click();
    await expect(details).toBeHidden();
  });
});
