import { expect, test } from "@playwright/test";
import { accounts, DEMO_PASSWORD, renewStoredSession, signIn } from "../support";

test.describe("sessions", () => {
  test("a signed-out session's cookie replayed is refused, and /api/auth/session does not revive it", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signIn(page, accounts.security.email, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
    const stolen = await context.cookies();
    const cookieHeader = stolen.map((c) => `${c.name}=${c.value}`).join("; ");
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: cookieHeader } });
    expect((await (await api.get("/api/auth/session")).json())?.user?.id).toBeTruthy();

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/login/);
    await context.close();

    // The old cookie, replayed in another browser: back to the sign-in page.
    const replay = await browser.newContext({ storageState: { cookies: stolen, origins: [] } });
    const replayed = await replay.newPage();
    await replayed.goto("/register");
    await expect(replayed).toHaveURL(/\/login/);
    await replay.close();

    // The session endpoint answers no session and issues no session cookie for it.
    const answer = await api.get("/api/auth/session");
    expect(await answer.json()).toBeNull();
    const issued = answer
      .headersArray()
      .filter(
        (h) =>
          h.name.toLowerCase() === "set-cookie" &&
          /session-token=[^;]+/.test(h.value) &&
          !/session-token=;/.test(h.value),
      );
    expect(issued).toEqual([]);
    expect((await api.get("/api/consent/dashboard")).status()).toBe(401);
    await api.dispose();
    await renewStoredSession(browser, "security");
  });
});
