import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

/** Issue 14 point 15: the NIS2 severity is the incident's own assessment of its impact on the service. */
test.describe("NIS2 impact, as the security director", () => {
  test.use({ storageState: storageStateOf("security") });

  test("records the impact on the service; the assessment decides the NIS2 clocks and feeds the ANSSI draft", async ({
    page,
  }) => {
    await page.goto("/incidents");
    await page
      .getByTestId("incident-row")
      .filter({ hasText: "Exfiltration de la base clients" })
      .first()
      .getByRole("link")
      .click();
    const region = page.getByRole("region", { name: "Gravité NIS2 — impact sur le service" });
    await expect(region.getByTestId("nis2-impact-summary")).toContainText("Incident important au sens de NIS2");
    await expect(region.getByTestId("nis2-impact-summary")).toContainText("Accès non autorisé, suspecté malveillant");
    await expectNoA11yViolations(page);

    const form = page.getByRole("form", { name: "Évaluer l’impact NIS2 (art. 23(3))" });
    await form.getByLabel("Utilisateurs du service touchés").fill("30000000");
    await form.getByRole("button", { name: "Enregistrer l’impact NIS2" }).click();
    await expect(form.getByLabel("Utilisateurs du service touchés")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Plus d’utilisateurs touchés qu’au total.")).toBeVisible();

    await form.getByLabel("Utilisateurs du service touchés").fill("3000");
    await form.getByLabel("Durée de l’indisponibilité ou de la dégradation (minutes)").fill("25");
    await form.getByLabel("Étendue géographique").selectOption("local");
    await form.getByLabel("Pertes financières pour l’entité (€)").fill("0");
    await form.getByLabel(/^Accès non autorisé suspecté malveillant/).uncheck();
    await expect(form.getByTestId("nis2-impact-result")).toContainText("Pas un incident important");
    await form.getByRole("button", { name: "Enregistrer l’impact NIS2" }).click();
    await expect(region.getByTestId("nis2-impact-summary")).toContainText("Pas un incident important au sens de NIS2");
    await expect(page.getByTestId("clock-nis2-early-warning")).toHaveAttribute("data-status", "not-applicable");

    // Back to the real figures: significant again, and the ANSSI draft states that severity.
    await form.getByLabel("Utilisateurs du service touchés").fill("2000000");
    await form.getByLabel("Durée de l’indisponibilité ou de la dégradation (minutes)").fill("240");
    await form.getByLabel("Étendue géographique").selectOption("cross_border");
    await form.getByLabel("Autres États membres touchés").fill("BE, LU");
    await form.getByLabel(/^Accès non autorisé suspecté malveillant/).check();
    await form.getByRole("button", { name: "Enregistrer l’impact NIS2" }).click();
    await expect(region.getByTestId("nis2-impact-summary")).toContainText("(BE, LU)");
    await expect(page.getByTestId("clock-nis2-early-warning")).not.toHaveAttribute("data-status", "not-applicable");
    const notify = page.getByRole("form", { name: "Enregistrer une notification envoyée" });
    await notify.getByLabel("Obligation").selectOption("nis2-notification");
    const draft = notify.getByLabel("Projet (modifiable)");
    await expect(draft).toHaveValue(/Gravité \(NIS2 art\. 23\(3\)\) : incident important au sens de NIS2/);
    await expect(draft).toHaveValue(/Contact sécurité : /);
    await expect(draft).not.toHaveValue(/Responsable du traitement/);
    await expectNoA11yViolations(page);
  });
});

test.describe("Art. 34(3)(c) and the NIS2 impact, as the auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("sees the public communication met by its publication and the NIS2 assessment, without any form", async ({
    page,
  }) => {
    await page.goto("/incidents");
    await page
      .getByTestId("incident-row")
      .filter({ hasText: "fichier de prospection" })
      .first()
      .getByRole("link")
      .click();
    await expect(page.getByTestId("clock-gdpr-34-public")).toHaveAttribute("data-status", /met|late/);
    await expect(page.getByTestId("clock-gdpr-34")).toHaveAttribute("data-status", "not-applicable");
    await expect(page.getByRole("region", { name: "Faits" })).toContainText("vigie-telecom.fr/securite");
    await expect(page.getByRole("button", { name: "Enregistrer l’impact NIS2" })).toHaveCount(0);
    await expect(page.getByTestId("nis2-impact-summary").or(page.getByText("Impact NIS2 non évalué"))).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
