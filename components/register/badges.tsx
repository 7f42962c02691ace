import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { DpiaStatus } from "@/lib/register/dpia/dpia";
import type { EntryStatus } from "@/lib/register/schemas";

/** Draft / active / retired. */
export function StatusBadge({ status }: { status: EntryStatus }) {
  const t = useTranslations("register.statuses");
  const variant = status === "active" ? "success" : status === "draft" ? "secondary" : "outline";
  return <Badge variant={variant}>{t(status)}</Badge>;
}

/** Whether a DPIA is required, and where it stands. */
export function DpiaBadge({ isRequired, status }: { isRequired: boolean; status: DpiaStatus }) {
  const t = useTranslations("register.dpiaColumn");
  if (status === "done") return <Badge variant="success">{t("done")}</Badge>;
  if (!isRequired) return <Badge variant="outline">{t("notRequired")}</Badge>;
  return <Badge variant="warning">{status === "in_progress" ? t("inProgress") : t("missing")}</Badge>;
}
