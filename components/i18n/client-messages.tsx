import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { AREA_NAMESPACES, SHELL_NAMESPACES, type ClientMessagesArea } from "@/lib/i18n/client-messages";
import { pickMessages, type Messages } from "@/lib/i18n/pick-messages";

/**
 * Sends the browser the messages of one console area (lib/i18n/client-messages.ts) with the shell's:
 * next-intl's nested provider, which replaces the enclosing one's messages for its subtree (so an area
 * nested in another lists everything its own client components use).
 */
export async function ClientMessages({ area, children }: { area: ClientMessagesArea; children: ReactNode }) {
  const messages = pickMessages((await getMessages()) as Messages, [...SHELL_NAMESPACES, ...AREA_NAMESPACES[area]]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
