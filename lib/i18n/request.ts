import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { LOCALE_COOKIE, toLocale } from "./locale";
import { loadMessages } from "./messages";

/**
 * The language of a request: the signed-in user's saved choice, otherwise the
 * cookie set by the switch on the sign-in page, otherwise French.
 */
export default getRequestConfig(async () => {
  const actor = await getActor().catch(() => null);
  const locale = actor?.locale ?? toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Paris" };
});
