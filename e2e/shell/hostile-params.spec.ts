import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support";

/** Issue 13, point 8: a NUL in a search parameter or a route's path is a 4xx or a dropped filter, never a 500. */
test.describe("hostile values in URLs, as the DPO", () => {
  test.use({ storageState: storageStateOf("dpo") });

  test("a NUL in /register?q= and /audit-log?actor= drops the filter; in /api/register/<ref> it is a 400", async ({
    page,
    request,
  }) => {
    const register = await page.goto("/register?q=a%00b");
    expect(register!.status()).toBe(200);
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const audit = await page.goto("/audit-log?actor=a%00b&entity=%ED%A0%80");
    expect(audit!.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const api = await request.get("/api/register/TRT-0001%00");
    expect(api.status()).toBe(400);
    expect(await api.json()).toMatchObject({ code: "VALIDATION", issues: [{ path: "reference" }] });
  });
});
