import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** A server action call as the browser would send it: the action's id and its encoded arguments. */
export interface CapturedAction {
  actionId: string;
  body: string;
  contentType: string;
}

/**
 * Let the browser prepare a server action posted to `path` (what `trigger` does), and keep the request
 * instead of sending it: the action never runs for the page's user.
 */
export async function captureAction(page: Page, path: string, trigger: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route(`**${path}`, async (route) => {
    const request = route.request();
    const actionId = request.headers()["next-action"];
    if (request.method() === "POST" && actionId) {
      captured = {
        actionId,
        body: request.postData() ?? "",
        contentType: request.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      };
      return route.abort();
    }
    return route.continue();
  });
  await trigger();
  await expect.poll(() => captured).toBeDefined();
  await page.unroute(`**${path}`);
  return captured!;
}

/** Post a captured action directly with another session (e.g. the auditor's); returns the response text. */
export async function replayAction(request: APIRequestContext, path: string, action: CapturedAction): Promise<string> {
  const response = await request.post(path, {
    headers: { "next-action": action.actionId, "content-type": action.contentType, accept: "text/x-component" },
    data: action.body,
  });
  return response.text();
}
