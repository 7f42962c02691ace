import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidents } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { recordAwareness, recordNotification } from "./clock";
import { createIncident } from "./open";

/** Issue 14: impossible facts and the separate NIS2 awareness, through the actions' one path. */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { security: "" };
const NOW = new Date("2026-11-23T12:00:00+01:00");
const facts = {
  title: "Intrusion on the provisioning platform",
  detectedAt: "2026-11-20T10:00",
  personalData: "true",
  telecomService: "true",
  categories: ["confidentiality"],
};

beforeAll(async () => {
  ids.security = (await unsafeCreateUser(db(), { role: "security" })).id;
});

async function open(overrides: Record<string, unknown> = {}) {
  const result = await executeAction(createIncident, ids.security, { ...facts, ...overrides }, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}
async function versionOf(id: string) {
  const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
  return row!.version;
}

describe("incident facts (issue 14)", () => {
  it("impossible facts in the form are refused field by field, nothing written (issue 14, point 7)", async () => {
    const before = await auditCount(db());
    const create = (overrides: Record<string, string>) =>
      executeAction(createIncident, ids.security, { ...facts, ...overrides }, { now: NOW });
    expect(await create({ detectedAt: "2027-01-02T10:00" })).toMatchObject({
      fieldErrors: { detectedAt: ["incidents.errors.inFuture"] },
    });
    expect(await create({ occurredFrom: "2026-11-20T11:00" })).toMatchObject({
      fieldErrors: { occurredFrom: ["incidents.errors.occurrenceAfterDetection"] },
    });
    const { id } = await open();
    const early = await executeAction(
      recordNotification,
      ids.security,
      { id, obligation: "gdpr-33", sentAt: "2026-11-20T09:00", reference: "X" },
      { now: NOW },
    );
    expect(early).toMatchObject({ ok: false, fieldErrors: { sentAt: ["incidents.errors.sentBeforeDetection"] } });
    expect(await auditCount(db())).toBe(before + 1); // the one incident opened
  });

  it("the NIS2 awareness is recorded on its own, with its reason, and moves only the NIS2 clocks (issue 14, point 1)", async () => {
    const { id } = await open({ nis2Significant: true });
    const result = await executeAction(
      recordAwareness,
      ids.security,
      { id, version: await versionOf(id), regime: "nis2", awareAt: "2026-11-20T12:00", reason: "Intrusion confirmed" },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true });
    const [row] = await db().select().from(incidents).where(eq(incidents.id, id));
    expect(row).toMatchObject({
      nis2AwareAt: new Date("2026-11-20T11:00:00Z"),
      nis2AwarenessReason: "Intrusion confirmed",
      awareAt: null,
    });
  });
});
