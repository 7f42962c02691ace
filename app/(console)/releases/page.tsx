import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReleasesTable } from "@/components/releases/releases-table";
import { ThresholdForm } from "@/components/releases/threshold-form";
import { UploadForm } from "@/components/releases/upload-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listReleases, releaseSettings, releaseUploadOptions } from "@/lib/releases/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("releases");
  return { title: t("title") };
}

export default async function ReleasesPage() {
  const actor = await requirePermission("releases:read");
  const [releases, settings, t, locale] = await Promise.all([
    listReleases(actor),
    releaseSettings(actor),
    getTranslations("releases"),
    getLocale(),
  ]);
  const options = can(actor.role, "releases:manage") ? await releaseUploadOptions(actor) : null;
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-prose text-sm text-muted-foreground">{t("description")}</p>
      </div>
      {options ? (
        <section aria-labelledby="release-upload" className="grid gap-4 rounded-lg border p-4">
          <h2 id="release-upload" className="text-lg font-semibold">
            {t("upload.title")}
          </h2>
          {/* Keyed by the threshold: a changed default resets the form's k. */}
          <UploadForm key={options.threshold} entries={options.entries} threshold={options.threshold} />
        </section>
      ) : null}
      <section aria-labelledby="release-threshold" className="grid gap-3 rounded-lg border p-4">
        <h2 id="release-threshold" className="text-lg font-semibold">
          {t("settings.title")}
        </h2>
        <p className="max-w-prose text-sm text-muted-foreground">{t("settings.description")}</p>
        {can(actor.role, "settings:manage") ? (
          <ThresholdForm key={settings.threshold} threshold={settings.threshold} />
        ) : (
          <p className="text-sm" data-testid="release-threshold">
            {t("settings.current", { k: settings.threshold })} {t("settings.readOnly")}
          </p>
        )}
      </section>
      <section aria-labelledby="release-history" className="grid gap-4">
        <h2 id="release-history" className="text-lg font-semibold">
          {t("list.title")}
        </h2>
        <ReleasesTable releases={releases} locale={locale} />
      </section>
    </div>
  );
}
