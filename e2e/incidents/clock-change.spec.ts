import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";

/**
 * Issue 15.10 — a 72-hour deadline is absolute time: aware on Saturday 24 October 2026 at 10:00
 * (Paris, UTC+2), the CNIL is due on Tuesday 27 October at 09:00 (Paris, UTC+1), because the clocks
 * went back an hour on the 25th. The incident's page says why, in French, beside the due time.
 */
test.describe("a deadline across the clock change", () => {
  test.use({ storageState: storageStateOf("security") });

  test("shows the due time one hour off start + 72 h and the hint that explains it", async ({ page }) => {
    await page.goto("/incidents/new");
    const form = page.getByRole("form", { name: "Ouvrir un incident" });
    await form.getByLabel("Titre").fill("Fichier de facturation exposé pendant le week-end du changement d'heure");
    await form.getByLabel("Détecté le").fill("2026-10-24T09:30");
    await form.getByLabel("Prise de connaissance le", { exact: true }).fill("2026-10-24T10:00");
    await form
      .getByLabel("Pourquoi la prise de connaissance diffère de la détection")
      .fill("L'analyse des journaux a confirmé l'exposition de données d'abonnés.");
    await form.getByLabel("Des données personnelles sont concernées").selectOption({ label: "Oui" });
    await form.getByLabel("Confidentialité").check();
    await form.getByRole("button", { name: "Ouvrir l’incident" }).click();
    await expect(page).toHaveURL(/\/incidents\/INC-2026-\d{4}$/);

    const clock = page.getByTestId("clock-gdpr-33");
    await expect(clock).toContainText("24 oct. 2026 à 10:00");
    await expect(clock).toContainText("27 oct. 2026 à 09:00 Paris");
    await expect(clock).toContainText("27 oct. 2026 à 08:00 UTC");
    const hint = clock.getByTestId("clock-change-hint");
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText(
      "Le passage à l'heure d'hiver tombe dans ce délai : 72 h de temps réel s'achèvent une heure plus tôt à l'horloge de Paris que l'heure de départ.",
    );
    await expectNoA11yViolations(page);
  });
});
