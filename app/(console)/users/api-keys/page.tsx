import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiKeyUsage } from "@/components/api-keys/api-key-usage";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { AdminTabs } from "@/components/users/admin-tabs";
import { listApiKeys } from "@/lib/api-keys/queries";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiKeys");
  return { title: t("title") };
}

export default async function ApiKeysPage() {
  const actor = await requirePermission("apiKeys:manage");
  const apiKeys = await listApiKeys(actor);
  const t = await getTranslations("apiKeys");
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6">
      <AdminTabs current="apiKeys" />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="max-w-prose text-sm text-muted-foreground">{t("description")}</p>
        </div>
        <CreateApiKeyDialog />
      </div>
      <ApiKeysTable apiKeys={apiKeys} />
      <ApiKeyUsage />
    </div>
  );
}
