import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, storageStateOf } from "../support";
import { consolePages, openConsolePage } from "./console-pages";

/**
 * Issue 15.10 — one French: every console page, in French as the DPO, is scanned for English
 * words and phrases, English legal references, ISO dates and numeric dates (`24/10/2026`: the
 * console writes "24 oct. 2026 à 10:00" everywhere) in its visible text. A hit names the page and
 * the words around it, so the fix is obvious.
 */

const ENGLISH = [
  // Whole words only, accented letters included ("Noël" is not "No").
  /(?<![\p{L}\p{N}_])(the|and|with|of|if|not|none|from|for|ongoing|progress|report|subparagraph|required|yes|no|true|false|null|undefined|NaN)(?![\p{L}\p{N}_])/giu,
  /\bGDPR\b/g,
  /\bReg\. \(EU\)/g,
  /\(EU\)/g,
  /\/EC\b/g,
  /\bArt\. \d/g,
  /Invalid Date/g,
];
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?\b/g;
/**
 * A numeric date, `24/10/2026`, `24/10/26` or `24.10.2026`; "611/2013" (a regulation), "1/3" (a
 * share) and "10.0.0.12" (an address) are not one.
 */
const NUMERIC_DATE = /(?<![\d/])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![\d/])|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])/g;
/** A catalogue key shown instead of its label (e.g. `traffic_cdr`). */
const RAW_KEY = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;
/** A large number without its thousands separators (24000000), and a wrong French plural. */
// (A five-digit postal code before its town, "75011 Paris", is not a count.)
const UNGROUPED = /(?<![\w./-])(?:\d{6,}|\d{5}(?! [A-ZÉ]))(?![\w-])/g;
const PLURAL = /(?<![\d,])\b1 (ans|jours|heures|abonnés|incidents|fiches)\b/g;

function around(text: string, index: number, length: number) {
  return text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, " ");
}

async function visibleText(page: Page): Promise<string> {
  // Visible text only: innerText skips hidden elements; technical values (hashes, ids) sit in <code>.
  return page.locator("main").evaluate((main) => {
    const clone = main.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("code, kbd, samp, pre").forEach((node) => node.remove());
    document.body.appendChild(clone);
    clone.style.position = "absolute";
    clone.style.left = "-99999px";
    const text = clone.innerText;
    clone.remove();
    return text;
  });
}

function findings(text: string): string[] {
  const hits: string[] = [];
  for (const pattern of [...ENGLISH, ISO_DATE, NUMERIC_DATE, RAW_KEY, UNGROUPED, PLURAL]) {
    for (const match of text.matchAll(pattern))
      hits.push(`«${match[0]}» in “${around(text, match.index, match[0].length)}”`);
  }
  return hits;
}

async function scan(page: Page, path: string, problems: string[]) {
  await openConsolePage(page, path);
  for (const hit of findings(await visibleText(page))) problems.push(`${path}: ${hit}`);
}

test.describe("the French interface", () => {
  test.use({ storageState: storageStateOf("dpo") });
  test.setTimeout(240_000);

  test("reads in French on every console page: no English words, legal references, ISO or numeric dates", async ({
    page,
  }) => {
    const pages = await consolePages(page);
    expect(pages.filter((path) => /^\/incidents\/INC-/.test(path))).not.toEqual([]);
    const problems: string[] = [];
    for (const path of pages) await scan(page, path, problems);
    // The proof of one subscriber (a lookup is a form, not a URL).
    await page.goto("/consent/lookup");
    await page.getByLabel("Référence pseudonyme de l'abonné").fill("SUB-0000001");
    await page.getByRole("button", { name: "Consulter" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^État actuel/ })).toBeVisible();
    for (const hit of findings(await visibleText(page))) problems.push(`/consent/lookup (SUB-0000001): ${hit}`);
    expect(problems).toEqual([]);
  });

  test("the scan itself catches English, raw keys, ISO and numeric dates", () => {
    expect(findings("Reg. (EU) 611/2013 Art. 2(2) ; progress report if ongoing")).not.toEqual([]);
    expect(findings("Données : traffic_cdr")).toHaveLength(1);
    expect(findings("Créé le 2026-11-20")).toHaveLength(1);
    expect(findings("Échéance 24/10/2026 10:00, notifiée le 1/2/26 ou le 03.11.2026")).toHaveLength(3);
    expect(findings("24000000 abonnés, conservés 1 ans")).toHaveLength(2);
    expect(findings("Créé le 20 novembre 2026, RGPD art. 32(1)(a) ; 24 000 000 abonnés, 75011 Paris")).toEqual([]);
    expect(
      findings(
        "Échéance 24 oct. 2026 à 10:00 ; règlement (UE) 611/2013, 1/3 des abonnés, hôte 10.0.0.12, catalogue de Noël",
      ),
    ).toEqual([]);
  });

  test("the register entry and the consent dashboard stay axe-clean", async ({ page }) => {
    for (const path of ["/consent", "/register"]) {
      await page.goto(path);
      await expectNoA11yViolations(page);
    }
  });
});
