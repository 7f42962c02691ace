"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "./locale";

const schema = z.object({ locale: z.enum(["fr", "en"]) });

/**
 * Language choice before signing in: only a cookie, no account and nothing
 * stored (signed-in users go through setOwnLocaleAction, which saves it on their account).
 */
export async function setAnonymousLocaleAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", sameSite: "lax", maxAge: 365 * 86400 });
  return { ok: true };
}
