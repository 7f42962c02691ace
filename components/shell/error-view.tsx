"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * What a failed page shows. It asks the health route whether the database
 * answers, so an outage is named as such instead of a vague error.
 */
export function ErrorView({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errors");
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((response) => setDatabaseDown(response.status === 503))
      .catch(() => setDatabaseDown(true));
  }, []);
  return (
    <div className="mx-auto max-w-xl p-6">
      <Alert variant="destructive">
        <AlertTitle>{databaseDown ? t("databaseTitle") : t("internal")}</AlertTitle>
        <AlertDescription>
          {databaseDown ? t("databaseDescription") : null}
          {digest ? <span className="block font-mono text-xs">ref. {digest}</span> : null}
        </AlertDescription>
      </Alert>
      <Button className="mt-4" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
