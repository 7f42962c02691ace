import { getTranslations } from "next-intl/server";

/** How a machine presents its key, and how an operator creates one without the console. */
export async function ApiKeyUsage() {
  const t = await getTranslations("apiKeys.usage");
  const code = "block whitespace-pre-wrap break-all rounded-md bg-muted px-3 py-2 font-mono text-xs";
  return (
    <section aria-labelledby="api-key-usage-title" className="grid gap-2 rounded-lg border p-4 text-sm">
      <h2 id="api-key-usage-title" className="font-semibold">
        {t("title")}
      </h2>
      <p>{t("header")}</p>
      <pre className={code}>
        <code>{`Authorization: Bearer <${t("keyPlaceholder")}>`}</code>
      </pre>
      <p>{t("cli")}</p>
      <pre className={code}>
        <code>{`npm run apikey -- create --name <${t("namePlaceholder")}> --scopes <a,b>`}</code>
      </pre>
      <p className="text-muted-foreground">{t("refusals")}</p>
    </section>
  );
}
