import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiKeyListItem } from "@/lib/api-keys/dto";
import { apiKeyScopes, type ApiKeyScope } from "@/lib/auth/permissions";
import { RevokeApiKeyDialog } from "./revoke-api-key-dialog";
import { scopeMessageKeys } from "./scope-text";
import { toLocale } from "@/lib/i18n/locale";
import { formatDate, formatDateTime } from "@/lib/time/format-date-time";

const isScope = (value: string): value is ApiKeyScope => (apiKeyScopes as readonly string[]).includes(value);

export async function ApiKeysTable({ apiKeys }: { apiKeys: ApiKeyListItem[] }) {
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
  return (
    <Table>
      <TableCaption className="sr-only">{t("apiKeys.table.caption", { count: apiKeys.length })}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("apiKeys.table.name")}</TableHead>
          <TableHead scope="col">{t("apiKeys.table.prefix")}</TableHead>
          <TableHead scope="col">{t("apiKeys.table.scopes")}</TableHead>
          <TableHead scope="col">{t("apiKeys.table.createdAt")}</TableHead>
          <TableHead scope="col">{t("apiKeys.table.lastUsedAt")}</TableHead>
          <TableHead scope="col">{t("apiKeys.table.status")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("apiKeys.table.actions")}
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {apiKeys.length === 0 ? (
          <TableRow>
            <TableCell colSpan={7} className="text-center text-muted-foreground">
              {t("apiKeys.table.empty")}
            </TableCell>
          </TableRow>
        ) : null}
        {apiKeys.map((key) => (
          <TableRow key={key.id} data-testid="api-key-row">
            <TableHead scope="row" className="font-medium">
              {key.name}
            </TableHead>
            <TableCell>
              <code className="font-mono text-xs">{key.prefix}…</code>
            </TableCell>
            <TableCell>
              <ul className="flex flex-wrap gap-1">
                {key.scopes.map((scope) => (
                  <li key={scope}>
                    <Badge
                      variant="outline"
                      className="font-mono"
                      title={isScope(scope) ? t(scopeMessageKeys(scope).label) : undefined}
                    >
                      {scope}
                    </Badge>
                  </li>
                ))}
              </ul>
            </TableCell>
            <TableCell>{when(key.createdAt)}</TableCell>
            <TableCell>
              {key.lastUsedAt ? (
                when(key.lastUsedAt)
              ) : (
                <span className="text-muted-foreground">{t("common.never")}</span>
              )}
            </TableCell>
            <TableCell>
              {key.revokedAt ? (
                <Badge variant="secondary">
                  {t("apiKeys.status.revoked", {
                    date: formatDate(key.revokedAt, locale),
                  })}
                </Badge>
              ) : (
                <Badge variant="success">{t("apiKeys.status.active")}</Badge>
              )}
            </TableCell>
            <TableCell className="text-right">
              {key.revokedAt ? null : <RevokeApiKeyDialog apiKey={{ id: key.id, name: key.name }} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
