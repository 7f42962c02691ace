import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

test.describe("severity and decisions, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("assesses the ENISA severity, records decisions with their rationale, and cannot close while a clock runs", async ({
    page,
  }) => {
    await page.goto("/incidents");
    await page.getByTestId("incident-row").filter({ hasText: "SIM swap" }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("SIM swap");

    const severity = page.getByRole("form", { name: "Gravité (méthode ENISA)" });
    await severity.getByLabel("Contexte du traitement (DPC)").selectOption("financial");
    await severity.getByLabel(/Facilité d.identification/).selectOption("maximum");
    await severity.getByLabel("Perte de confidentialité").selectOption("known_recipients");
    await severity.getByLabel("Intention malveillante").check();
    await expect(severity.getByTestId("severity-result")).toContainText("3 × 1 + 0.75 = 3.75");
    await severity.getByLabel("Risque pour les personnes").selectOption("high");
    await severity.getByRole("button", { name: "Enregistrer la gravité" }).click();
    // Issue 14: Art. 34 was provisionally applicable ("Risque à évaluer"); once assessed high, it applies for good.
    await expect(page.getByTestId("clock-gdpr-34")).not.toContainText("Risque à évaluer");
    await expect(page.getByTestId("clock-gdpr-34")).toHaveAttribute("data-status", /pending|overdue/);

    const decision = page.getByRole("form", { name: "Décisions du DPO" });
    await decision.getByLabel("Notifier l’autorité").selectOption("true");
    await decision.getByLabel("Informer les personnes").selectOption("true");
    await decision.getByRole("button", { name: "Enregistrer les décisions" }).click();
    await expect(decision.getByLabel("Justification").first()).toHaveAttribute("aria-invalid", "true");
    await decision.getByLabel("Justification").first().fill("Risque élevé de fraude bancaire.");
    await decision.getByLabel("Justification").nth(1).fill("Chaque victime est appelée.");
    await decision.getByRole("button", { name: "Enregistrer les décisions" }).click();
    await expect(page.getByRole("region", { name: "Gravité et décisions" })).toContainText(
      "Risque élevé de fraude bancaire.",
    );

    const status = page.getByRole("form", { name: "Changer le statut" });
    await status.getByLabel("Nouveau statut").selectOption("closed");
    await status.getByRole("button", { name: "Changer le statut" }).click();
    await expect(
      status.getByText("Pour clore, chaque obligation applicable doit être remplie ou justifiée."),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe("correcting the facts, as the security director", () => {
  test.use({ storageState: storageStateOf("security") });

  test("edits the facts of an incident; the page shows them", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByTestId("incident-row").filter({ hasText: "factures" }).getByRole("link").click();
    await page.getByRole("link", { name: "Modifier les faits" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Faits de INC-");
    await expectNoA11yViolations(page);
    const form = page.getByRole("form", { name: /Faits de INC-/ });
    await expect(form.getByLabel("Titre")).toHaveValue(/factures/);
    await form
      .getByLabel("Conséquences probables (effets)")
      .fill("Factures consultées par des tiers ; pas de fraude constatée.");
    await form.getByRole("button", { name: "Enregistrer les faits" }).click();
    await expect(page.getByRole("region", { name: "Faits" })).toContainText("pas de fraude constatée");
  });
});

test.describe("incident settings, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("sets the internal target; the page passes axe", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByRole("link", { name: "Réglages des incidents" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Réglages des incidents" })).toBeVisible();
    await expectNoA11yViolations(page);
    const form = page.getByRole("form", { name: "Réglages des incidents" });
    await form.getByLabel("Objectif interne, en heures").fill("0");
    await form.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(form.getByText("Entre 1 et 720 heures.")).toBeVisible();
    await form.getByLabel("Objectif interne, en heures").fill("72");
    await form.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(page.getByText("Réglages enregistrés.")).toBeVisible();
  });
});
