import { expect, test } from "@playwright/test";
import { captureAction, replayAction } from "../server-actions";
import { storageStateOf } from "../support";

test.describe("the auditor's read-only promise on consent writes", () => {
  test("a direct POST of the DPO's retire and import actions with the auditor's session is refused and changes nothing", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const dpo = await browser.newContext({ storageState: storageStateOf("dpo") });
    const page = await dpo.newPage();
    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });

    // Retiring a purpose.
    await page.goto("/consent/purposes");
    const retire = await captureAction(page, "/consent/purposes", async () => {
      await page.getByRole("button", { name: "Retirer third_party_sharing" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Retirer" }).click();
    });
    expect(await replayAction(auditor, "/consent/purposes", retire)).toContain("FORBIDDEN");
    await page.goto("/consent/purposes");
    await expect(page.getByRole("button", { name: "Retirer third_party_sharing" })).toBeVisible();

    // Importing consent events.
    await page.goto("/consent/import");
    const csv = [
      "eventId,subscriberRef,purpose,action,channel,occurredAt,textVersion",
      "aud-1,SUB-AUDITOR-1,sms_email_marketing,grant,web,2026-03-01T10:00:00+01:00,v1",
    ].join("\n");
    await page
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "cmp-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByRole("heading", { name: /^Aperçu : 1 ligne valide/ })).toBeVisible();
    const importAction = await captureAction(page, "/consent/import", () =>
      page.getByRole("button", { name: "Importer les lignes valides" }).click(),
    );
    expect(await replayAction(auditor, "/consent/import", importAction)).toContain("FORBIDDEN");

    // Nothing was stored: the subscriber has no history.
    await page.goto("/consent/lookup");
    await page.getByLabel("Référence pseudonyme de l'abonné").fill("SUB-AUDITOR-1");
    await page.getByRole("button", { name: "Consulter" }).click();
    await expect(page.getByText("Aucun événement enregistré pour SUB-AUDITOR-1.")).toBeVisible();

    // And both refusals are in the audit log.
    await page.goto("/audit-log?action=access.denied");
    for (const action of ["consent.setPurposeActive", "consent.importEvents"]) {
      await expect(
        page.getByRole("row").filter({ hasText: "auditeur@demo.vigie.fr" }).filter({ hasText: action }).first(),
      ).toBeVisible();
    }
    await auditor.dispose();
    await dpo.close();
  });
});
