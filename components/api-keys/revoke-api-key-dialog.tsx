"use client";

import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

/** Revoke a key after confirmation; machines using it are refused from the next request. */
export function RevokeApiKeyDialog({ apiKey }: { apiKey: { id: string; name: string } }) {
  const t = useTranslations();
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" variant="outline" size="sm">
          <Ban aria-hidden />
          {t("apiKeys.revoke.open")}
          <span className="sr-only">{` ${apiKey.name}`}</span>
        </Button>
      }
      title={t("apiKeys.revoke.title", { name: apiKey.name })}
      description={t("apiKeys.revoke.description")}
      confirmLabel={t("apiKeys.revoke.confirm")}
      run={() => revokeApiKeyAction({ id: apiKey.id })}
      success={t("apiKeys.revoke.success", { name: apiKey.name })}
    />
  );
}
