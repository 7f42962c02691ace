import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, openDialog, storageStateOf } from "../support";
import { captureAction, replayAction } from "../server-actions";

// Several dialogs and an accessibility check on each step: longer than the default minute on a loaded machine.
test.describe.configure({ timeout: 240_000 });

const REPORT = Buffer.from("%PDF-1.7\nRapport de test d'intrusion — passerelle SMS\n");
const REPORT_SHA256 = createHash("sha256").update(REPORT).digest("hex");

/** The address of the report file in the audits list's row of the SMS gateway's audit. */
async function auditRowLink(page: Page): Promise<string> {
  await page.goto("/security/audits");
  const row = page.getByRole("row", { name: /Test d'intrusion de la passerelle SMS/ });
  return (await row.getByRole("link", { name: /Télécharger rapport-passerelle\.pdf/ }).getAttribute("href"))!;
}

test.describe("security programme, as the security director", () => {
  test.use({ storageState: storageStateOf("security") });

  test("adds a system, edits it, records an audit with a finding and a report, moves the finding to remediation, fixed, then closes it with a retest", async ({
    page,
    playwright,
    baseURL,
  }) => {
    // The longest path of the area: seven dialogs, each with an accessibility check.
    test.setTimeout(480_000);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Programme de sécurité" })).toBeVisible();

    await page.goto("/security/systems");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Ajouter un système" }).click();
    const systemDialog = page.getByRole("dialog", { name: "Ajouter un système d'information" });
    await systemDialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(systemDialog.getByLabel("Nom", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(systemDialog.getByText("Ce champ est obligatoire.").first()).toBeVisible();
    await systemDialog.getByLabel("Nom", { exact: true }).fill("Passerelle SMS");
    await systemDialog.getByLabel("Responsable").fill("Équipe messagerie");
    await systemDialog.getByLabel("Exposition").selectOption("internet");
    await systemDialog.getByLabel(/Prospection commerciale par SMS/).check();
    await systemDialog.getByRole("button", { name: "Ajouter une source" }).click();
    await systemDialog.getByLabel("Type de source").selectOption("waf");
    await systemDialog.getByLabel("Nom de la source").fill("WAF passerelle");
    await expectNoA11yViolations(page);
    await systemDialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(systemDialog).toBeHidden();
    await page.getByRole("link", { name: "Passerelle SMS" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Passerelle SMS" })).toBeVisible();
    await expect(page.getByText("Absent").or(page.getByText("Partiel")).first()).toBeVisible();
    await expectNoA11yViolations(page);

    // Edit it from its page: the form opens filled in, the change shows once saved.
    await page.getByRole("button", { name: "Modifier le système" }).click();
    const editDialog = page.getByRole("dialog", { name: "Modifier « Passerelle SMS »" });
    await expect(editDialog.getByLabel("Responsable")).toHaveValue("Équipe messagerie");
    await expect(editDialog.getByLabel(/Prospection commerciale par SMS/)).toBeChecked();
    await expect(editDialog.getByLabel("Nom de la source")).toHaveValue("WAF passerelle");
    await editDialog.getByLabel("Responsable").fill("");
    await editDialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(editDialog.getByLabel("Responsable")).toHaveAttribute("aria-invalid", "true");
    await editDialog.getByLabel("Responsable").fill("Direction des messageries");
    await editDialog.getByLabel("Criticité").selectOption("critical");
    await expectNoA11yViolations(page);
    await editDialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(editDialog).toBeHidden();
    await expect(page.getByText("Direction des messageries")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Critique$/ })).toBeVisible();

    await page.goto("/security/audits");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Enregistrer un audit" }).click();
    const auditDialog = page.getByRole("dialog", { name: "Enregistrer un audit" });
    await auditDialog.getByLabel("Intitulé").fill("Test d'intrusion de la passerelle SMS");
    await auditDialog.getByLabel("Prestataire").selectOption({ label: "Cyberaudit Conseil" });
    await auditDialog.getByLabel("Passerelle SMS").check();
    await auditDialog.getByLabel("Fichier du rapport (facultatif)").setInputFiles({
      name: "rapport-passerelle.pdf",
      mimeType: "application/pdf",
      buffer: REPORT,
    });
    await auditDialog.getByRole("button", { name: "Ajouter une vulnérabilité" }).click();
    const finding = auditDialog.getByRole("group", { name: "Vulnérabilité 1" });
    await finding.getByLabel("Intitulé").fill("Injection de commandes dans l'API d'envoi");
    await finding.getByLabel("Gravité").selectOption("critical");
    await finding.getByLabel("Responsable").fill("Équipe messagerie");
    await expectNoA11yViolations(page);
    await auditDialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(auditDialog).toBeHidden();
    const auditRow = page.getByRole("row", { name: /Test d'intrusion de la passerelle SMS/ });
    await expect(auditRow).toContainText(REPORT_SHA256);
    await expect(auditRow).toContainText("rapport-passerelle.pdf");

    await page.goto("/security/findings");
    await expectNoA11yViolations(page);
    const row = page.getByRole("row", { name: /Injection de commandes dans l'API d'envoi/ });
    await expect(row).toContainText("Ouverte");

    await row.getByRole("button", { name: "Passer en correction" }).click();
    const remediation = page.getByRole("dialog", { name: "Passer en correction" });
    await expectNoA11yViolations(page);
    await remediation.getByRole("button", { name: "Enregistrer" }).click();
    await expect(remediation).toBeHidden();
    await expect(row).toContainText("En correction");
    await expect(row.getByRole("button", { name: "Passer en correction" })).toHaveCount(0);

    await row.getByRole("button", { name: "Marquer corrigée" }).click();
    const fixed = page.getByRole("dialog", { name: "Marquer la vulnérabilité corrigée" });
    await fixed.getByRole("button", { name: "Enregistrer" }).click();
    await expect(fixed.getByLabel("Preuve de la correction")).toHaveAttribute("aria-invalid", "true");
    await expect(fixed.getByText("Décrivez la preuve de la correction.")).toBeVisible();
    await fixed.getByLabel("Preuve de la correction").fill("Filtrage des paramètres déployé en version 3.4.2.");
    await expectNoA11yViolations(page);
    await fixed.getByRole("button", { name: "Enregistrer" }).click();
    await expect(fixed).toBeHidden();
    await expect(row).toContainText("Corrigée");
    await expect(row).toContainText("Preuve : Filtrage des paramètres déployé en version 3.4.2.");
    await expect(row.getByRole("button", { name: "Accepter le risque" })).toHaveCount(0);

    await row.getByRole("button", { name: "Clore par un nouveau test" }).click();
    const retest = page.getByRole("dialog", { name: "Clore par un nouveau test" });
    await retest.getByRole("button", { name: "Enregistrer" }).click();
    await expect(retest.getByLabel("Preuve de la correction")).toHaveAttribute("aria-invalid", "true");
    await retest.getByLabel("Preuve de la correction").fill("Nouveau test Cyberaudit : injection refusée.");
    await expectNoA11yViolations(page);
    await retest.getByRole("button", { name: "Enregistrer" }).click();
    await expect(retest).toBeHidden();
    await expect(page.getByRole("row", { name: /Injection de commandes dans l'API d'envoi/ })).toContainText(
      "Vérifiée le",
    );

    // The auditor downloads the report as it was recorded, with its SHA-256.
    const href = await auditRowLink(page);
    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });
    const download = await auditor.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()["x-content-sha256"]).toBe(REPORT_SHA256);
    expect(download.headers()["content-disposition"]).toContain('filename="rapport-passerelle.pdf"');
    expect(Buffer.from(await download.body()).equals(REPORT)).toBe(true);
    await auditor.dispose();
  });

  test("records a finding from an incident, links findings and incidents both ways, and sets the periods", async ({
    page,
  }) => {
    await page.goto("/security/findings");
    const dialog = page.getByRole("dialog", { name: "Enregistrer une vulnérabilité" });
    await openDialog(page.getByRole("button", { name: "Enregistrer une vulnérabilité" }), dialog);
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dialog.getByLabel("Intitulé")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("Choisissez l'audit qui l'a relevée.")).toBeVisible();
    await expect(dialog.getByText("Choisissez au moins un système.")).toBeVisible();
    await dialog.getByLabel("Intitulé").fill("Jetons de session sans expiration");
    await dialog.getByLabel("Gravité").selectOption("medium");
    await dialog.getByLabel("Responsable").fill("Équipe espace client");
    await dialog.getByLabel("Origine").selectOption("incident");
    const incident = dialog.getByLabel("Incident");
    await incident.selectOption({ index: 1 });
    const reference = /INC-\d{4}-\d{4}/.exec((await incident.locator("option:checked").textContent()) ?? "")![0];
    await dialog.getByLabel("Facturation", { exact: true }).check();
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole("row", { name: /Jetons de session sans expiration/ });
    await expect(row).toContainText(`Révélée par ${reference}`);
    await expect(row).toContainText("Ouverte");

    await row.getByRole("button", { name: "Lier à un incident" }).click();
    const link = page.getByRole("dialog", { name: "Lier une vulnérabilité et un incident" });
    await link.getByLabel("Incident").selectOption({ index: 1 });
    await link.getByLabel("Lien").selectOption("exploited_in");
    await expectNoA11yViolations(page);
    await link.getByRole("button", { name: "Enregistrer" }).click();
    await expect(link).toBeHidden();
    await expect(row).toContainText("Exploitée lors de INC-");

    // From the incident's page: link one more finding; the linked findings' table grows by one.
    await page.goto(`/incidents/${reference}`);
    const linked = page.getByRole("table", { name: "Vulnérabilités liées" }).getByRole("row");
    const before = await linked.count();
    const fromIncident = page.getByRole("dialog", { name: "Lier une vulnérabilité et un incident" });
    await openDialog(page.getByRole("button", { name: "Lier une vulnérabilité" }), fromIncident);
    await fromIncident.getByLabel("Vulnérabilité").selectOption({ index: 1 });
    await expectNoA11yViolations(page);
    await fromIncident.getByRole("button", { name: "Enregistrer" }).click();
    await expect(fromIncident).toBeHidden();
    await expect(linked).toHaveCount(before + 1);

    await page.goto("/security/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Paramètres du programme de sécurité" })).toBeVisible();
    await expectNoA11yViolations(page);
    const critical = page.getByLabel("Critique (jours)");
    await expect(critical).toHaveValue("30");
    await critical.fill("0");
    await page.getByLabel("Élevée (années)").fill("11");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(critical).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Saisissez un nombre de jours de 1 à 1095.")).toBeVisible();
    await expect(page.getByText("Saisissez un nombre d'années de 1 à 10.")).toBeVisible();
    await expectNoA11yViolations(page);
    // A critical finding may not be given longer than a high one (90 days in the demo).
    await critical.fill("120");
    await page.getByLabel("Élevée (années)").fill("2");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(critical).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Pas plus de jours que pour la gravité suivante, moins élevée")).toBeVisible();
    await critical.fill("45");
    await page.getByLabel("Élevée (années)").fill("2");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(page.getByText("Paramètres enregistrés")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Critique (jours)")).toHaveValue("45");
    // Put the demo's period back for the specs that follow.
    await page.getByLabel("Critique (jours)").fill("30");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(page.getByText("Paramètres enregistrés")).toBeVisible();
  });

  test("the overview puts the overdue findings first, and the breach's page shows the finding it exploited", async ({
    page,
  }) => {
    await page.goto("/security");
    await expectNoA11yViolations(page);
    const rows = page.getByRole("table", { name: "Vulnérabilités ouvertes" }).getByRole("row");
    await expect(rows.nth(1)).toContainText("de retard");
    await expect(rows.nth(2)).toContainText("de retard");
    await page
      .getByRole("link", { name: /Exploitée lors de INC-/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "Vulnérabilités liées" })).toBeVisible();
    await expect(page.getByText("Manipulation d'URL : identifiants séquentiels des factures")).toBeVisible();
  });
});

test.describe("security programme, as the auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("reads every page, accessible, with no way to change anything", async ({ page }) => {
    const changes = /Ajouter|Enregistrer|Clore|Accepter|Modifier|Passer|Marquer|Lier/;
    for (const path of [
      "/security",
      "/security/systems",
      "/security/audits",
      "/security/findings",
      "/security/settings",
    ]) {
      await page.goto(path);
      await expect(page.getByText(/Lecture seule : vous consultez le programme de sécurité/)).toBeVisible();
      await expectNoA11yViolations(page);
      await expect(page.getByRole("button", { name: changes })).toHaveCount(0);
    }
    await expect(page.getByRole("table", { name: "Paramètres du programme de sécurité" })).toContainText("30 jours");
    await expect(page.getByRole("spinbutton")).toHaveCount(0);
    await page.goto("/security/systems");
    await page.getByRole("link", { name: "Facturation", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Facturation" })).toBeVisible();
    await expectNoA11yViolations(page);
    await expect(page.getByRole("button", { name: changes })).toHaveCount(0);
    // An incident's page shows its linked findings, with no way to link one more.
    await page.goto("/security");
    await page
      .getByRole("link", { name: /Exploitée lors de INC-/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "Vulnérabilités liées" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Lier une vulnérabilité" })).toHaveCount(0);
  });

  test("a direct POST of a security action with the auditor's session is refused", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const security = await page
      .context()
      .browser()!
      .newContext({ storageState: storageStateOf("security") });
    const director = await security.newPage();
    await director.goto("/security/findings");
    const row = director.getByRole("row", { name: /Cloisonnement insuffisant/ });
    await row.getByRole("button", { name: "Accepter le risque" }).click();
    const dialog = director.getByRole("dialog", { name: "Accepter le risque" });
    await dialog.getByLabel("Justification").fill("Essai");
    await dialog.getByLabel("Acceptée jusqu'au").fill("2099-01-01");
    const captured = await captureAction(director, "/security/findings", () =>
      dialog.getByRole("button", { name: "Enregistrer" }).click(),
    );
    await security.close();
    const auditor = await playwright.request.newContext({ baseURL, storageState: storageStateOf("auditor") });
    expect(await replayAction(auditor, "/security/findings", captured)).toContain("FORBIDDEN");
    await auditor.dispose();
  });
});
