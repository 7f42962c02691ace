import { expect, test as setup } from "@playwright/test";
import { accounts, DEMO_PASSWORD, signIn, storageStateOf, type DemoRole } from "./support";

for (const role of Object.keys(accounts) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, accounts[role].email, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
