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
    const html = await log.content();
    expect(html).toContain(email);
    expect(html).not.toContain("6.6.6.6");
    expect(html).toMatch(/&quot;ip&quot;: &quot;(127\.0\.0\.1|::1)&quot;|"ip": "(127\.0\.0\.1|::1)"/);
    await dpo.close();
  });
});
