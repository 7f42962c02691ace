import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The messages this area's client components use (lib/i18n/client-messages.ts). */
export default function AuditLogLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="audit-log">{children}</ClientMessages>;
}
