import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "../support";

/**
 * The Content-Security-Policy without 'unsafe-inline' for <style> elements (lib/security/csp.ts):
 * every page and the UI pieces that inject styles (Radix dialog scroll lock and select popper,
 * sonner toasts, next-themes) run without a single violation, and still look as they should.
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__cspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sample}) at ${event.sourceFile}:${event.lineNumber} on ${String((event.target as Element)?.outerHTML ?? event.target).slice(0, 200)}`,
      );
    });
  });
  return violations;
}

test.describe("content security policy, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("style-src has no 'unsafe-inline' for elements, and no page or widget violates the policy", async ({ page }) => {
    const violations = await recordViolations(page);
    const response = await page.goto("/");
    const policy = response!.headers()["content-security-policy"]!;
    const styleElem = policy.split("; ").find((d) => d.startsWith("style-src-elem "));
    expect(styleElem).toMatch(/'nonce-[^']+'/);
    expect(styleElem).not.toContain("'unsafe-inline'");
    expect(policy.split("; ").find((d) => d.startsWith("style-src "))).not.toContain("'unsafe-inline'");

    for (const path of ["/register", "/incidents", "/consent", "/audit-log", "/users", "/register/import"]) {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
    }

    // A Radix dialog (scroll lock: a <style> element with the nonce) and a select (popper positions).
    await page.goto("/users");
    await page.getByRole("button", { name: "Nouvel utilisateur" }).click();
    const dialog = page.getByRole("dialog", { name: "Nouvel utilisateur" });
    await expect(dialog).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("hidden");
    await dialog.getByLabel("Nom").fill("Nina Csp");
    await dialog.getByLabel("Adresse e-mail").fill("nina.csp@demo.vigie.fr");
    await dialog.getByRole("combobox", { name: "Rôle" }).click();
    const listbox = page.getByRole("listbox");
    await expect(listbox).toBeVisible();
    await page.getByRole("option", { name: /RSSI/ }).click();
    await dialog.getByRole("button", { name: "Créer le compte" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "J'ai copié le mot de passe" }).click();

    // A sonner toast: its stylesheet (allowed by hash) positions the toaster.
    const toaster = page.locator("[data-sonner-toaster]");
    await expect(page.locator("[data-sonner-toast]").first()).toBeVisible();
    expect(await toaster.evaluate((element) => getComputedStyle(element).position)).toBe("fixed");

    expect(violations).toEqual([]);
  });
});
