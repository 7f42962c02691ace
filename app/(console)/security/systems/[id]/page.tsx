import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DetectionTestDialog } from "@/components/security-programme/detection-test-form";
import { SecurityHeader } from "@/components/security-programme/security-header";
import { SystemDetail } from "@/components/security-programme/system-detail";
import { EditSystemDialog } from "@/components/security-programme/system-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { today } from "@/lib/security-programme/calendar";
import { getSystem, registerEntryChoices } from "@/lib/security-programme/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("securityProgramme");
  return { title: t("systems.title") };
}

export default async function SecuritySystemPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("security:read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const now = new Date();
  const system = await getSystem(actor, id, now);
  if (!system) notFound();
  const t = await getTranslations("securityProgramme");
  const canManage = can(actor.role, "security:manage");
  // The form offers the active and draft entries, and keeps those already linked (a retired one too).
  const choices = canManage ? await registerEntryChoices(actor) : [];
  const entries = [...choices, ...system.entries.filter((e) => !choices.some((c) => c.id === e.id))];
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <SecurityHeader
        current="systems"
        title={system.name}
        readOnly={!canManage}
        actions={
          canManage ? (
            <>
              <EditSystemDialog system={system} entries={entries} />
              <DetectionTestDialog systemId={system.id} today={today(now)} />
            </>
          ) : null
        }
      />
      <p>
        <Link href="/security/systems" className="text-sm underline underline-offset-4">
          {t("systems.back")}
        </Link>
      </p>
      <SystemDetail system={system} />
    </div>
  );
}
