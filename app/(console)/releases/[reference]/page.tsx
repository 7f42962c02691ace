import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CriteriaList } from "@/components/releases/criteria-list";
import { DecisionForm } from "@/components/releases/decision-form";
import { ReviewChecks } from "@/components/releases/review-checks";
import { StatusBadge } from "@/components/releases/status-badge";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { legalBasisLabel } from "@/lib/register/catalogue/legal-bases";
import { getRelease } from "@/lib/releases/queries";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).reference };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-4 rounded-lg border p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ReleasePage({ params }: Props) {
  const actor = await requirePermission("releases:read");
  const { reference } = await params;
  const release = /^REL-\d{4,9}$/.test(reference) ? await getRelease(actor, reference) : null;
  if (!release) notFound();
  const [t, locale] = await Promise.all([getTranslations("releases"), getLocale()]);
  const facts: [string, string][] = [
    [t("fields.recipient"), release.recipient],
    [t("fields.purpose"), release.purpose],
    [t("fields.entry"), `${release.entry.reference} — ${release.entry.name}`],
    [
      t("fields.legalBases"),
      release.entry.legalBases.map((basis) => legalBasisLabel(basis, toLocale(locale))).join(", ") || "—",
    ],
    [t("fields.objectionPurposes"), release.entry.objectionPurposes.map((p) => p.label).join(", ") || "—"],
    [t("fields.k"), String(release.k)],
    [t("fields.suppressDifferencing"), t(release.suppressDifferencing ? "yes" : "no")],
    [t("fields.uploaded"), `${formatDateTime(release.uploadedAt, toLocale(locale))} — ${release.uploadedBy}`],
    [t("fields.source"), `${release.sourceName} — SHA-256 ${release.sourceSha256}`],
    [t("fields.file"), release.fileSha256 ? `SHA-256 ${release.fileSha256}` : "—"],
  ];
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6">
      <div className="grid gap-2">
        <Link href="/releases" className="text-sm underline underline-offset-4">
          {t("detail.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">
            {release.reference} — {release.series}
          </h1>
          <StatusBadge status={release.status} label={t(`statuses.${release.status}`)} />
        </div>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm md:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {release.status === "pending" && release.k < release.currentThreshold ? (
        <p className="max-w-prose text-sm" data-testid="k-below-current">
          {t("detail.kBelowCurrent", { k: release.k, current: release.currentThreshold })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {release.canDownloadFile ? (
          <Button asChild>
            <a href={`/api/releases/${release.reference}/release.csv`} download>
              {t("detail.download")}
            </a>
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">{t("detail.notApproved")}</p>
        )}
        {release.decision ? (
          <Button asChild variant="outline">
            <a href={`/api/releases/${release.reference}/review.pdf`} download>
              {t("detail.downloadReport")}
            </a>
          </Button>
        ) : null}
      </div>
      <Section id="release-checks" title={t("checks.title")}>
        <ReviewChecks release={release} />
      </Section>
      <Section id="release-criteria" title={t("criteria.title")}>
        <CriteriaList criteria={release.criteria} />
      </Section>
      <Section id="release-decision" title={t("decision.title")}>
        {release.decision ? (
          <dl className="grid gap-x-4 gap-y-1 text-sm md:grid-cols-[max-content_1fr]" data-testid="decision">
            <dt className="font-medium">{t("decision.decision")}</dt>
            <dd>{t(`statuses.${release.decision.decision}`)}</dd>
            <dt className="font-medium">{t("decision.by")}</dt>
            <dd>
              {release.decision.decidedBy} — {formatDateTime(release.decision.decidedAt, toLocale(locale))}
            </dd>
            <dt className="font-medium">{t("decision.rationale")}</dt>
            <dd className="whitespace-pre-wrap">{release.decision.rationale}</dd>
            <dt className="font-medium">SHA-256</dt>
            <dd className="font-mono text-xs break-all">{release.decision.reportSha256}</dd>
          </dl>
        ) : release.status === "pending" && can(actor.role, "releases:manage") ? (
          <DecisionForm reference={release.reference} version={release.version} />
        ) : (
          <p className="text-sm text-muted-foreground">{t("decision.none")}</p>
        )}
      </Section>
    </div>
  );
}
