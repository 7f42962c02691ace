import { asc, eq, inArray, like, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { incidents, processingActivities } from "@/db/schema";
import type { Mutation } from "@/lib/action";
import { actorLabel, loadActor, type Actor } from "@/lib/auth/actor";
import { appendAudit } from "@/lib/audit/write";
import { addDays, today } from "@/lib/security-programme/calendar";
import { createProvider, recordAudit } from "@/lib/security-programme/mutations/audits";
import {
  acceptRisk,
  changeFindingStatus,
  createFinding,
  linkFindingIncident,
  verifyFinding,
} from "@/lib/security-programme/mutations/findings";
import { createSystem, recordDetectionTest } from "@/lib/security-programme/mutations/systems";
import type { z } from "zod";
import { SYSTEMS, URL_INCIDENT_TITLE } from "./security-programme-data";

/** Run a security-programme mutation as the security director, with its audit entries (the domain's own write path). */
async function runAs<S extends z.ZodType, R>(
  tx: Tx,
  actor: Actor,
  mutation: Mutation<S, R>,
  input: unknown,
  now: Date,
) {
  const parsed = mutation.schema.parse(input);
  const { data, audit } = await mutation.run({ tx, actor, input: parsed, now, prepared: undefined });
  for (const event of Array.isArray(audit) ? audit : [audit])
    await appendAudit(tx, { id: actor.id, label: actorLabel(actor) }, event, now);
  return data;
}

/**
 * The operator's security programme: seven systems with realistic coverage gaps, four providers, PASSI
 * audits over the last three years with their findings — two overdue, one of them the cause of the
 * URL-manipulation breach that happened twice (revealed by the first, exploited in the second).
 */
export async function seedSecurityProgramme(tx: Tx, now: Date, securityUserId: string): Promise<number> {
  const actor = (await loadActor(tx, securityUserId, now))!;
  const run = <S extends z.ZodType, R>(mutation: Mutation<S, R>, input: unknown) =>
    runAs(tx, actor, mutation, input, now);
  const day = (daysAgo: number) => addDays(today(now), -daysAgo);
  const entryNames = [...new Set(SYSTEMS.flatMap((s) => s.entries))];
  const entries = await tx
    .select({ id: processingActivities.id, name: processingActivities.name })
    .from(processingActivities)
    .where(inArray(processingActivities.name, entryNames));
  const entryId = new Map(entries.map((e) => [e.name, e.id]));

  const system = new Map<string, string>();
  for (const s of SYSTEMS) {
    const { id } = await run(createSystem, {
      ...s.identity,
      registerEntryIds: s.entries.map((name) => entryId.get(name)).filter(Boolean),
      sources: s.sources,
    });
    system.set(s.identity.name, id);
    for (const test of s.tests)
      await run(recordDetectionTest, {
        systemId: id,
        testedOn: day(test.daysAgo),
        result: test.result,
        scenario: test.scenario,
      });
  }
  const ids = (...names: string[]) => names.map((name) => system.get(name)!);

  const provider = async (name: string, kind: string, scopes: string[] = [], from?: number, until?: number) =>
    (
      await run(createProvider, {
        name,
        kind,
        passiScopes: scopes,
        validFrom: from === undefined ? "" : day(from),
        validUntil: until === undefined ? "" : day(until),
      })
    ).id;
  const anssi = await provider("ANSSI — Sous-direction expertise", "anssi");
  const cyber = await provider(
    "Cyberaudit Conseil",
    "passi",
    ["intrusion", "configuration", "architecture"],
    1500,
    -540,
  );
  const associes = await provider("Auditeurs Associés", "passi", ["code", "organisational"], 1400, 240);
  await provider("Audit interne DSI", "internal");

  const audit = (input: Record<string, unknown>) =>
    run(recordAudit, { result: "needs_improvement", findings: [], ...input });
  const config = await audit({
    title: "Audit de configuration du cœur de réseau",
    kind: "configuration",
    providerId: cyber,
    systemIds: ids("HLR/HSS", "Plateforme de médiation (CDR)"),
    startedOn: day(930),
    endedOn: day(915),
    reportReference: "CYB-2024-017",
    findings: [
      {
        title: "Journalisation insuffisante des accès à la médiation",
        severity: "medium",
        owner: "Exploitation réseau",
      },
      { title: "TLS 1.0 accepté par l'interface de provisioning", severity: "low", owner: "Exploitation réseau" },
    ],
  });
  await run(verifyFinding, {
    id: config.findingIds[0],
    version: 1,
    retestOn: day(700),
    evidence: "Contre-audit Cyberaudit : journaux transmis au SIEM.",
  });
  await run(acceptRisk, {
    id: config.findingIds[1],
    version: 1,
    rationale: "Équipements en fin de vie remplacés au prochain trimestre ; interface filtrée par ACL.",
    until: day(-180),
  });
  const anssiAudit = await audit({
    title: "Contrôle organisationnel ANSSI (OIV)",
    kind: "organisational",
    providerId: anssi,
    systemIds: ids("Facturation", "CRM clients"),
    startedOn: day(730),
    endedOn: day(720),
    result: "satisfactory",
    findings: [{ title: "Revue annuelle des habilitations non formalisée", severity: "low", owner: "RSSI" }],
  });
  await run(changeFindingStatus, {
    id: anssiAudit.findingIds[0],
    version: 1,
    status: "fixed",
    evidence: "Procédure PR-SEC-12 signée.",
  });
  const code = await audit({
    title: "Audit de code de l'espace client",
    kind: "code",
    providerId: associes,
    systemIds: ids("Espace client web et application"),
    startedOn: day(560),
    endedOn: day(545),
    reportReference: "AA-2025-044",
    findings: [{ title: "XSS stockée dans le formulaire de contact", severity: "high", owner: "Équipe digitale" }],
  });
  await run(verifyFinding, {
    id: code.findingIds[0],
    version: 1,
    retestOn: day(480),
    evidence: "Retest Auditeurs Associés du correctif 4.12.",
  });
  // Outside the provider's PASSI scope (no intrusion qualification) and after its validity: flagged.
  const pentest = await audit({
    title: "Test d'intrusion HLR/HSS et localisation",
    kind: "intrusion",
    providerId: associes,
    systemIds: ids("HLR/HSS", "Plateforme de localisation"),
    startedOn: day(165),
    endedOn: day(150),
    result: "unsatisfactory",
    reportReference: "AA-2026-009",
    findings: [
      {
        title: "Mots de passe par défaut sur les consoles d'administration HSS",
        severity: "critical",
        owner: "Exploitation réseau",
      },
      {
        title: "Cloisonnement insuffisant entre localisation et SI de gestion",
        severity: "medium",
        owner: "Architecture",
      },
    ],
  });
  await run(changeFindingStatus, { id: pentest.findingIds[0], version: 1, status: "in_remediation" });
  await audit({
    title: "Test d'intrusion de l'espace client",
    kind: "intrusion",
    providerId: cyber,
    systemIds: ids("Espace client web et application", "Facturation"),
    startedOn: day(60),
    endedOn: day(50),
    result: "satisfactory",
    reportReference: "CYB-2026-031",
  });

  // The URL-manipulation breach happened twice: its finding came from the first post-mortem and stayed open.
  // Each repeat of a demo case carries its own words after an em dash (incident-variants.ts): match the case's title.
  const occurrences = await tx
    .select({ id: incidents.id, detectedAt: incidents.detectedAt })
    .from(incidents)
    .where(or(eq(incidents.title, URL_INCIDENT_TITLE), like(incidents.title, `${URL_INCIDENT_TITLE} — %`)))
    .orderBy(asc(incidents.detectedAt));
  const first = occurrences[0];
  const last = occurrences.at(-1);
  if (first && last && first.id !== last.id) {
    const finding = await run(createFinding, {
      title: "Manipulation d'URL : identifiants séquentiels des factures",
      description: "Le lien de téléchargement des factures expose un identifiant séquentiel sans contrôle d'accès.",
      severity: "high",
      owner: "Équipe facturation",
      systemIds: ids("Espace client web et application", "Facturation"),
      incidentId: first.id,
      openedOn: addDays(today(first.detectedAt), 7),
    });
    await run(changeFindingStatus, { id: finding.id, version: 1, status: "in_remediation" });
    await run(linkFindingIncident, { findingId: finding.id, incidentId: last.id, relation: "exploited_in" });
  }
  return SYSTEMS.length;
}
