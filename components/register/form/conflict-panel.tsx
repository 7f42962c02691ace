"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { diffProcessingActivities } from "@/lib/register/history/diff";
import { activityQueryOptions } from "@/lib/register/query-options";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { DiffTable } from "../diff-table";

/**
 * After a refused save (stale version): the entry as saved now, compared field by field with the
 * version this form was opened from, so nothing is overwritten unseen (no lost update).
 */
export function ConflictPanel({
  reference,
  base,
  onReload,
}: {
  reference: string;
  base: ProcessingActivity;
  onReload: () => void;
}) {
  const t = useTranslations("register.form");
  const { data } = useQuery(activityQueryOptions(reference));
  if (!data) return null;
  const title = t("conflictTitle", { version: data.version });
  return (
    <Alert>
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription className="grid gap-3">
        <p>{t("conflictDescription")}</p>
        <DiffTable changes={diffProcessingActivities(base, data.content)} caption={title} />
        <div>
          <Button type="button" variant="outline" onClick={onReload}>
            {t("loadTheirs")}
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
