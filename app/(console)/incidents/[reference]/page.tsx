import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AwarenessForm } from "@/components/incidents/awareness-form";
import { ClocksTable } from "@/components/incidents/clocks-table";
import { DecisionForm } from "@/components/incidents/decision-form";
import { DecisionsSummary } from "@/components/incidents/decisions-summary";
import { FactsCard } from "@/components/incidents/facts-card";
import { StatusBadge } from "@/components/incidents/labels";
import { Nis2ImpactForm } from "@/components/incidents/nis2-impact-form";
import { Nis2ImpactSummary } from "@/components/incidents/nis2-impact-summary";
import { NotificationForm } from "@/components/incidents/notification-form";
import { NotificationsList } from "@/components/incidents/notifications-list";
import { OverrideForm } from "@/components/incidents/override-form";
import { Section } from "@/components/incidents/section";
import { SeverityForm } from "@/components/incidents/severity-form";
import { StatusForm } from "@/components/incidents/status-form";
import { TimelineEntryForm } from "@/components/incidents/timeline-entry-form";
import { TimelineView } from "@/components/incidents/timeline-view";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { toClockDTO } from "@/lib/incidents/clocks/dto";
import { toLocalInputValue } from "@/lib/incidents/clocks/local-time";
import { OBLIGATION_IDS } from "@/lib/incidents/obligations/obligations";
import { getIncident } from "@/lib/incidents/queries";
import { IncidentFindings } from "@/components/security-programme/incident-findings";
import { today } from "@/lib/security-programme/calendar";
import { findingChoices, listFindings } from "@/lib/security-programme/queries";
import { buildTimeline } from "@/lib/incidents/timeline";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).reference };
}

export default async function IncidentPage({ params }: Props) {
  const actor = await requirePermission("incidents:read");
  const { reference } = await params;
  const now = new Date();
  const detail = await getIncident(actor, reference, now);
  if (!detail) notFound();
  const t = await getTranslations("incidents");
  const { incident } = detail;
  const canWrite = can(actor.role, "incidents:write");
  const canDecide = can(actor.role, "incidents:decide");
  const clocks = detail.clocks.map(toClockDTO);
  const open = clocks.filter((c) => c.status === "pending" || c.status === "overdue").map((c) => c.id);
  // Art. 34(3)(c) is met by its publication, recorded with the facts, not by a notification.
  const notifiable = [...open, ...OBLIGATION_IDS.filter((id) => !open.includes(id))].filter(
    (id) => id !== "gdpr-34-public",
  );
  const findings = can(actor.role, "security:read")
    ? await listFindings(actor, now, { incidentId: incident.id })
    : null;
  const linkable = can(actor.role, "security:manage") ? await findingChoices(actor) : undefined;
  const timeline = buildTimeline(
    detail.timeline.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      text: e.text,
      data: e.data ?? null,
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt.toISOString(),
    })),
    clocks,
    now,
  );
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6">
      <div className="grid gap-2">
        <Link href="/incidents" className="text-sm underline underline-offset-2">
          {t("detail.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">
            <span className="font-mono">{incident.reference}</span> — {incident.title}
          </h1>
          <StatusBadge status={incident.status} />
        </div>
        <p className="text-sm text-muted-foreground">{t("detail.owner", { owner: detail.owner ?? t("list.siem") })}</p>
      </div>
      {canWrite ? (
        <StatusForm
          key={`status-${incident.version}`}
          incidentId={incident.id}
          version={incident.version}
          status={incident.status}
        />
      ) : null}
      <Section id="clocks" title={t("detail.clocks")}>
        <ClocksTable clocks={clocks} />
      </Section>
      <Section id="timeline" title={t("detail.timeline")}>
        <TimelineView items={timeline} />
        {canWrite ? (
          <div className="grid gap-6 md:grid-cols-2">
            <div className="grid gap-2">
              <h3 className="font-medium">{t("awareness.title")}</h3>
              <AwarenessForm
                key={`aware-${incident.version}`}
                incidentId={incident.id}
                version={incident.version}
                awareAt={incident.awareAt ? toLocalInputValue(incident.awareAt) : ""}
              />
            </div>
            <div className="grid gap-2">
              <h3 className="font-medium">{t("timeline.addTitle")}</h3>
              <TimelineEntryForm incidentId={incident.id} />
            </div>
          </div>
        ) : null}
      </Section>
      <Section id="facts" title={t("detail.facts")}>
        {canWrite ? (
          <Link href={`/incidents/${incident.reference}/edit`} className="w-fit text-sm underline underline-offset-2">
            {t("form.edit")}
          </Link>
        ) : null}
        <FactsCard incident={incident} registerEntries={detail.registerEntries} />
      </Section>
      <Section id="severity" title={t("detail.severityAndDecisions")}>
        <DecisionsSummary detail={detail} />
        {canWrite ? (
          <SeverityForm
            key={`sev-${incident.version}`}
            incidentId={incident.id}
            version={incident.version}
            severity={incident.severity}
            riskLevel={incident.riskLevel}
            suggestions={detail.settings.severitySuggestions}
          />
        ) : null}
        {canDecide ? (
          <div className="grid gap-6 md:grid-cols-2">
            <div className="grid gap-2">
              <h3 className="font-medium">{t("decision.title")}</h3>
              <DecisionForm
                key={`dec-${incident.version}`}
                incidentId={incident.id}
                version={incident.version}
                current={incident}
              />
            </div>
            <div className="grid gap-2">
              <h3 className="font-medium">{t("override.title")}</h3>
              <OverrideForm key={`ovr-${incident.version}`} incidentId={incident.id} version={incident.version} />
            </div>
          </div>
        ) : null}
      </Section>
      <Section id="nis2-impact" title={t("detail.nis2Impact")}>
        <Nis2ImpactSummary impact={incident.nis2Impact} />
        {canWrite ? (
          <Nis2ImpactForm
            key={`nis2-${incident.version}`}
            incidentId={incident.id}
            version={incident.version}
            impact={incident.nis2Impact}
          />
        ) : null}
      </Section>
      <Section id="notifications" title={t("detail.notifications")}>
        <NotificationsList notifications={detail.notifications} />
        {canWrite ? (
          <div className="grid gap-2">
            <h3 className="font-medium">{t("notify.title")}</h3>
            <NotificationForm
              incidentId={incident.id}
              reference={incident.reference}
              obligations={notifiable}
              drafts={detail.drafts}
            />
          </div>
        ) : null}
      </Section>
      {findings ? (
        <IncidentFindings findings={findings} today={today(now)} incident={incident} linkable={linkable} />
      ) : null}
    </div>
  );
}
