import { expect, test } from "@playwright/test";
import { signIn, storageStateOf } from "../support";

test.describe("the client address in the audit log", () => {
  test("is the connection's peer, not a client-sent X-Forwarded-For", async ({ browser }) => {
    const email = `forged-${Date.now()}@demo.vigie.fr`;
    const visitor = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6" },
    });
    const page = await visitor.newPage();
    await signIn(page, email, "wrong-password-1");
    await expect(page.locator("form").getByRole("alert")).toBeVisible();
    await visitor.close();

    const dpo = await browser.newContext({ storageState: storageStateOf("dpo") });
    const log = await dpo.newPage();
    await log.goto(`/audit-log?action=auth.login_failed&actor=${encodeURIComponent(email)}`);
    // The entry's details (its context, with the address) are fetched when the row is opened.
    const toggle = log.getByRole("button", { name: /^Détails de l'entrée n° [\d\s\u202f]+$/ }).first();
    await toggle.click();
    const details = log.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await expect(details.locator("pre").filter({ hasText: '"ip"' })).toContainText(/"ip": "(127\.0\.0\.1|::1)"/);
    const html = await log.content();
    expect(html).toContain(email);
    expect(html).not.toContain("6.6.6.6");
    await dpo.close();
  });
});
