import { eq, inArray } from "drizzle-orm";
import { getDb, type Db, type Executor } from "@/db/client";
import {
  incidents,
  securityDetectionTests,
  securityFindingIncidents,
  securityFindings,
  securityFindingSystems,
  securitySystems,
} from "@/db/schema";
import { apiAuditActor, type ApiActor } from "@/lib/api-keys/authenticate";
import { appendAudit } from "@/lib/audit/write";
import { RouteError } from "@/lib/route-errors";
import { findingDueOn } from "../findings";
import { loadProgrammeContext } from "../store";
import type { DetectionTestIntake, FindingIntake } from "./schema";

class Duplicate extends Error {}

const refuse = (path: string, message: string): never => {
  throw new RouteError("VALIDATION", "The body has invalid fields: nothing was stored", [{ path, message }]);
};

async function systemIdsByName(db: Executor, names: readonly string[], path: (index: number) => string) {
  const rows = await db
    .select({ id: securitySystems.id, name: securitySystems.name })
    .from(securitySystems)
    .where(inArray(securitySystems.name, [...names]));
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  return names.map((name, index) => byName.get(name) ?? refuse(path(index), "is not a system of the inventory"));
}

type FindingRow = typeof securityFindings.$inferSelect;
const toApiFinding = (row: FindingRow, systems: string[]) => ({
  id: row.id,
  externalId: row.externalId,
  title: row.title,
  severity: row.severity,
  status: row.status,
  owner: row.owner,
  openedOn: row.openedOn,
  dueOn: row.dueOn,
  systems,
});

async function representation(db: Executor, row: FindingRow) {
  const systems = await db
    .select({ name: securitySystems.name })
    .from(securityFindingSystems)
    .innerJoin(securitySystems, eq(securitySystems.id, securityFindingSystems.systemId))
    .where(eq(securityFindingSystems.findingId, row.id));
  return toApiFinding(row, systems.map((s) => s.name).sort());
}

/**
 * A finding from the vulnerability tracker. Idempotent on `externalId` (`INSERT ... ON CONFLICT DO
 * NOTHING`): a known id returns the finding as stored (200), whatever the body says now. One
 * transaction holds the finding, its systems, its incident link and the audit entry naming the key.
 */
export async function intakeFinding(client: ApiActor, body: FindingIntake, now: Date, db: Db = getDb()) {
  const existing = async () =>
    (await db.select().from(securityFindings).where(eq(securityFindings.externalId, body.externalId)).limit(1))[0];
  const known = await existing();
  if (known) return { created: false, finding: await representation(db, known) };
  try {
    const row = await db.transaction(async (tx) => {
      const { settings, today } = await loadProgrammeContext(tx, now);
      if (body.openedOn > today) refuse("openedOn", "must not be in the future");
      const systemIds = await systemIdsByName(tx, body.systems, (index) => `systems.${index}`);
      let incidentId: string | null = null;
      if (body.incident) {
        const [incident] = await tx
          .select({ id: incidents.id })
          .from(incidents)
          .where(eq(incidents.reference, body.incident));
        incidentId = incident?.id ?? refuse("incident", "is not a known incident reference");
      }
      const dueOn = findingDueOn(body.severity, body.openedOn, settings);
      const [created] = await tx
        .insert(securityFindings)
        .values({
          externalId: body.externalId,
          title: body.title,
          description: body.description ?? "",
          severity: body.severity,
          owner: body.owner,
          openedOn: body.openedOn,
          dueOn,
          source: "api",
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: securityFindings.externalId })
        .returning();
      if (!created) throw new Duplicate();
      await tx
        .insert(securityFindingSystems)
        .values([...new Set(systemIds)].map((systemId) => ({ findingId: created.id, systemId })));
      if (incidentId)
        await tx
          .insert(securityFindingIncidents)
          .values({ findingId: created.id, incidentId, relation: "revealed_by" });
      await appendAudit(
        tx,
        apiAuditActor(client),
        {
          action: "security.finding_intake",
          entityType: "security_finding",
          entityId: created.id,
          after: { ...body, dueOn },
          meta: { apiKeyId: client.keyId },
        },
        now,
      );
      return created;
    });
    return { created: true, finding: await representation(db, row) };
  } catch (error) {
    if (!(error instanceof Duplicate)) throw error;
    const row = await existing();
    if (!row) throw error;
    return { created: false, finding: await representation(db, row) };
  }
}

/** A detection-test result from the SOC, idempotent on `externalId` like the findings. */
export async function intakeDetectionTest(client: ApiActor, body: DetectionTestIntake, now: Date, db: Db = getDb()) {
  const shape = (row: typeof securityDetectionTests.$inferSelect) => ({
    id: row.id,
    externalId: row.externalId,
    system: body.system,
    testedOn: row.testedOn,
    result: row.result,
  });
  const existing = async () =>
    (
      await db
        .select()
        .from(securityDetectionTests)
        .where(eq(securityDetectionTests.externalId, body.externalId))
        .limit(1)
    )[0];
  const known = await existing();
  if (known) return { created: false, test: shape(known) };
  try {
    const row = await db.transaction(async (tx) => {
      const { today } = await loadProgrammeContext(tx, now);
      if (body.testedOn > today) refuse("testedOn", "must not be in the future");
      const [systemId] = await systemIdsByName(tx, [body.system], () => "system");
      const [created] = await tx
        .insert(securityDetectionTests)
        .values({
          systemId: systemId!,
          externalId: body.externalId,
          testedOn: body.testedOn,
          result: body.result,
          scenario: body.scenario ?? "",
          source: "api",
          recordedAt: now,
          recordedBy: client.label,
        })
        .onConflictDoNothing({ target: securityDetectionTests.externalId })
        .returning();
      if (!created) throw new Duplicate();
      await appendAudit(
        tx,
        apiAuditActor(client),
        {
          action: "security.detection_test_intake",
          entityType: "security_detection_test",
          entityId: created.id,
          after: body,
          meta: { apiKeyId: client.keyId },
        },
        now,
      );
      return created;
    });
    return { created: true, test: shape(row) };
  } catch (error) {
    if (!(error instanceof Duplicate)) throw error;
    const row = await existing();
    if (!row) throw error;
    return { created: false, test: shape(row) };
  }
}
