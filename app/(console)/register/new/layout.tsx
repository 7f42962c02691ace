import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The messages this area's client components use (lib/i18n/client-messages.ts). */
export default function RegisterNewLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="register/form">{children}</ClientMessages>;
}
