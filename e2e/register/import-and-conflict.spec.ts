import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { entryToRow, HEADER } from "@/lib/register/import/layout";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { expectNoA11yViolations, storageStateOf } from "../support";

test.use({ storageState: storageStateOf("dpo") });

function csv(rows: Record<string, string>[]) {
  return Buffer.from(
    Papa.unparse({ fields: HEADER, data: rows.map((row) => HEADER.map((h) => row[h] ?? "")) }),
    "utf8",
  );
}

test("an import file with a bad row is previewed per row and per column, and nothing is imported until it is fixed", async ({
  page,
}) => {
  await page.goto("/register/import");
  const tag = `Import e2e ${Date.now().toString(36)}`;
  const good = (name: string) => entryToRow(buildControllerEntry({ name, status: "draft" }));
  await page.getByLabel("Fichier à importer").setInputFiles({
    name: "registre.csv",
    mimeType: "text/csv",
    buffer: csv([good(`${tag} A`), { ...good(`${tag} B`), role: "landlord" }]),
  });
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByRole("heading", { name: "1 ligne valide sur 2." })).toBeVisible();
  const errors = page.getByRole("region", { name: "Lignes du fichier" });
  await expect(errors.getByRole("row").filter({ hasText: `${tag} B` })).toContainText(
    "Choisissez une valeur de la liste.",
  );
  await expect(errors.getByRole("row").filter({ hasText: `${tag} B` })).toContainText("role");
  await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await page
    .getByLabel("Fichier à importer")
    .setInputFiles({ name: "registre.csv", mimeType: "text/csv", buffer: csv([good(`${tag} A`), good(`${tag} B`)]) });
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await page.getByRole("button", { name: "Importer 2 fiches" }).click();
  await expect(page).toHaveURL(/\/register$/);
  await page.goto(`/register?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole("region", { name: "Fiches du registre" }).getByRole("row")).toHaveCount(3);
});

test("a second save on a stale version is refused and shows what the first one changed", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("dpo") });
  const [first, second] = [await context.newPage(), await context.newPage()];
  await first.goto("/register?q=exercice%20des%20droits");
  await first
    .getByRole("row")
    .filter({ hasText: "Gestion des demandes d'exercice des droits" })
    .getByRole("link")
    .first()
    .click();
  await expect(first.getByRole("heading", { level: 1, name: /exercice des droits/ })).toBeVisible();
  const detail = first.url();
  for (const page of [first, second]) {
    await page.goto(`${detail}/edit`);
    await expect(page.getByRole("heading", { level: 1, name: /Modifier TRT-/ })).toBeVisible();
  }
  const owner = `Équipe du DPO ${Date.now().toString(36)}`;
  await first.getByLabel("Responsable métier").fill(owner);
  await first.getByRole("button", { name: "Enregistrer" }).click();
  await expect(first).toHaveURL(detail);

  await second.getByLabel("Description", { exact: true }).fill("Une autre modification, faite en même temps.");
  await second.getByRole("button", { name: "Enregistrer" }).click();
  const form = second.getByRole("form");
  await expect(
    form.getByRole("alert").filter({ hasText: "Quelqu'un a enregistré cette fiche entre-temps" }),
  ).toBeVisible();
  const change = second
    .getByRole("region", { name: /enregistrée par quelqu'un d'autre/ })
    .getByRole("row")
    .filter({ hasText: "Responsable métier" });
  await expect(change).toContainText(owner);
  await expectNoA11yViolations(second);
  await second.getByRole("button", { name: /Repartir de leur version/ }).click();
  await expect(second.getByLabel("Responsable métier")).toHaveValue(owner);
  await context.close();
});
