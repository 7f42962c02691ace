import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { consentPurposes } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { consentDashboard } from "./dashboard/dashboard";
import {
  addTextVersion,
  createPurpose,
  importConsentEvents,
  lookupConsent,
  setPurposeActive,
  updatePurpose,
} from "./mutations";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids = { dpo: "", security: "", auditor: "" };
const now = new Date("2026-06-15T12:00:00Z");

const purposeInput = {
  key: "sms_marketing_test",
  labelFr: "Prospection par SMS",
  labelEn: "SMS marketing",
  description: "Offres commerciales par SMS (CPCE L34-5).",
  registerRefs: [] as string[],
  channels: ["app", "web", "shop"],
  textVersion: "v1",
  textEffectiveFrom: "2025-01-01",
  text: "J'accepte de recevoir des offres par SMS.",
};

const row = (eventId: string, subscriberRef: string, action: string, occurredAt: string, channel = "app") => ({
  eventId,
  subscriberRef,
  purpose: purposeInput.key,
  action,
  channel,
  occurredAt,
  textVersion: "v1",
  source: "cmp-export",
});

/** Two consent-based register entries the purposes serve (the mutation checks they exist and fit). */
const refs: string[] = [];

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  const consentPurpose = {
    description: "Envoyer des offres par SMS",
    legalBasis: "consent" as const,
    balancingTest: "",
    art9Condition: null,
  };
  const rows = await insertActivities(
    { tx: db(), actor: { id: null, label: "test" }, now },
    [
      buildControllerEntry({ name: "Prospection par SMS", purposes: [consentPurpose] }),
      buildControllerEntry({ name: "Prospection par e-mail", purposes: [consentPurpose] }),
    ],
    "create",
  );
  refs.push(...rows.map((row) => row.reference));
  purposeInput.registerRefs = [refs[0]!];
});

describe("the purposes catalogue", () => {
  let purposeId = "";

  it("lets the DPO create a purpose with its first text version, audit-logged", async () => {
    const result = await executeAction(createPurpose, ids.dpo, purposeInput, { now });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    purposeId = result.data.id;
    const [entry] = (await auditEntries(db(), "consent.purpose_create")).slice(-1);
    expect(entry).toMatchObject({ entityId: purposeId, after: { key: purposeInput.key, registerRefs: [refs[0]] } });
  });

  it("refuses a taken key, bad fields and a purpose without register entry, field by field, writing nothing", async () => {
    const before = await auditCount(db());
    expect(await executeAction(createPurpose, ids.dpo, purposeInput, { now })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { key: ["consent.errors.purposeKeyTaken"] },
    });
    const invalid = await executeAction(
      createPurpose,
      ids.dpo,
      { ...purposeInput, key: "Bad Key", registerRefs: [], channels: ["fax"], textEffectiveFrom: "soon" },
      { now },
    );
    expect(invalid).toMatchObject({ ok: false, code: "VALIDATION" });
    if (invalid.ok) return;
    expect(Object.keys(invalid.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["key", "registerRefs", "channels.0", "textEffectiveFrom"]),
    );
    expect(await auditCount(db())).toBe(before);
  });

  it.each(["security", "auditor"] as const)("refuses the %s role", async (role) => {
    expect(await executeAction(createPurpose, ids[role], { ...purposeInput, key: "other_key" }, { now })).toMatchObject(
      { ok: false, code: "FORBIDDEN" },
    );
  });

  it("edits with the version (a stale version is refused), adds a text version, retires and reactivates", async () => {
    const edit = {
      id: purposeId,
      version: 1,
      labelFr: "Prospection SMS",
      labelEn: "SMS marketing",
      description: "",
      registerRefs: refs,
      channels: ["app", "web", "shop", "sms"],
      campaignChannels: ["sms", "email", "sms"],
    };
    expect(await executeAction(updatePurpose, ids.dpo, { ...edit, campaignChannels: ["fax"] }, { now })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "campaignChannels.0": expect.any(Array) },
    });
    expect(await executeAction(updatePurpose, ids.dpo, edit, { now })).toMatchObject({ ok: true });
    const [edited] = await db().select().from(consentPurposes).where(eq(consentPurposes.id, purposeId));
    expect(edited?.campaignChannels).toEqual(["sms", "email"]);
    expect(await executeAction(updatePurpose, ids.dpo, edit, { now })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "consent.errors.stale",
    });
    expect(
      await executeAction(
        addTextVersion,
        ids.dpo,
        { purposeId, version: "v2", effectiveFrom: "2026-01-01", text: "Nouvelle formulation." },
        { now },
      ),
    ).toMatchObject({ ok: true });
    expect(
      await executeAction(
        addTextVersion,
        ids.dpo,
        { purposeId, version: "v2", effectiveFrom: "2026-01-01", text: "Encore." },
        { now },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { version: ["consent.errors.versionTaken"] } });
    expect(
      await executeAction(setPurposeActive, ids.dpo, { id: purposeId, version: 2, isActive: false }, { now }),
    ).toMatchObject({ ok: true });
    expect(
      await executeAction(setPurposeActive, ids.dpo, { id: purposeId, version: 3, isActive: true }, { now }),
    ).toMatchObject({ ok: true });
    expect((await auditEntries(db(), "consent.purpose_retire")).length).toBe(1);
  });
});

describe("CSV import, dashboard and proof lookup", () => {
  const rows = [
    row("cmp-1", "SUB-A", "grant", "2026-06-01T09:00:00+02:00"),
    row("cmp-2", "SUB-B", "grant", "2026-06-02T09:00:00+02:00", "web"),
    row("cmp-3", "SUB-A", "withdraw", "2026-06-10T09:00:00+02:00", "shop"),
    row("cmp-4", "SUB-C", "grant", "2026-06-11T09:00:00+02:00"),
    { ...row("cmp-5", "SUB-D", "grant", "2026-06-11T09:00:00+02:00"), channel: "fax" },
  ];

  it("imports valid rows, reports the others, and a second import of the same file adds nothing", async () => {
    const first = await executeAction(importConsentEvents, ids.dpo, { fileName: "export.csv", rows }, { now });
    expect(first).toMatchObject({
      ok: true,
      data: { accepted: 4, duplicates: 0, rejected: [{ index: 4, errors: [{ path: "channel" }] }] },
    });
    const again = await executeAction(importConsentEvents, ids.dpo, { fileName: "export.csv", rows }, { now });
    expect(again).toMatchObject({ ok: true, data: { accepted: 0, duplicates: 4 } });
    expect(
      await executeAction(importConsentEvents, ids.auditor, { fileName: "export.csv", rows }, { now }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("shows the figures from the rollups, following the filters", async () => {
    const actor = (await loadActor(db(), ids.security, now))!;
    const all = await consentDashboard(actor, {
      from: "2026-06-01",
      to: "2026-06-14",
      purposes: [purposeInput.key],
      channels: [],
      granularity: "day",
    });
    expect(all.current).toEqual([{ key: purposeInput.key, optedIn: 2, everAsked: 3, rate: 66.7 }]);
    expect(all.optedInSeries.find((s) => s.bucket === "2026-06-09")?.values[purposeInput.key]).toBe(2);
    expect(all.optedInSeries.find((s) => s.bucket === "2026-06-10")?.values[purposeInput.key]).toBe(1);
    expect(all.flows.reduce((n, f) => n + f.grants, 0)).toBe(3);
    const webOnly = await consentDashboard(actor, {
      from: "2026-06-01",
      to: "2026-06-14",
      purposes: [purposeInput.key],
      channels: ["web"],
      granularity: "month",
    });
    expect(webOnly.flows).toEqual([{ bucket: "2026-06-01", channel: "web", grants: 1, refusals: 0, withdrawals: 0 }]);
    expect(webOnly.versions).toEqual([
      { key: purposeInput.key, textVersion: "v1", grants: 1, refusals: 0, withdrawals: 0 },
    ]);
  });

  it("lets the auditor look a subscriber up, logging the access; the security director is refused", async () => {
    const result = await executeAction(lookupConsent, ids.auditor, { subscriberRef: "SUB-A" }, { now });
    expect(result).toMatchObject({
      ok: true,
      data: { subscriberRef: "SUB-A", purposes: [{ key: purposeInput.key, optedIn: false }] },
    });
    if (!result.ok) return;
    expect(result.data.events.map((e) => [e.eventId, e.action, e.channel])).toEqual([
      ["cmp-1", "grant", "app"],
      ["cmp-3", "withdraw", "shop"],
    ]);
    const [entry] = (await auditEntries(db(), "consent.lookup")).slice(-1);
    expect(entry).toMatchObject({ actorId: ids.auditor, entityType: "subscriber", entityId: "SUB-A" });
    expect(await executeAction(lookupConsent, ids.security, { subscriberRef: "SUB-A" }, { now })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});

// Last: these events change the all-time figures the dashboard test above reads.
describe("CSV import of late months", () => {
  it("imports a month that has no partition yet through the API's pipeline (partition made before the transaction); a refused import makes none", async () => {
    const partitions = async () =>
      rowsOf<{ name: string }>(
        await db().execute(
          sql`select relname as name from pg_class where relkind = 'r' and relname like 'consent_events_2017_%' order by 1`,
        ),
      ).map((r) => r.name);
    const late = [
      row("cmp-late-1", "SUB-L", "grant", "2017-03-05T09:00:00+01:00"),
      row("cmp-late-2", "SUB-L", "withdraw", "2017-04-05T09:00:00+02:00"),
    ];
    const before = await auditCount(db());
    expect(
      await executeAction(importConsentEvents, ids.auditor, { fileName: "late.csv", rows: late }, { now }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await executeAction(
        importConsentEvents,
        ids.dpo,
        { fileName: "late.csv", rows: [{ ...late[0], eventId: 42 }] },
        { now },
      ),
    ).toMatchObject({ ok: true, data: { accepted: 0 } });
    expect(await partitions()).toEqual([]);
    const result = await executeAction(importConsentEvents, ids.dpo, { fileName: "late.csv", rows: late }, { now });
    expect(result).toMatchObject({ ok: true, data: { accepted: 2, duplicates: 0, rejected: [] } });
    expect(await partitions()).toEqual(["consent_events_2017_03", "consent_events_2017_04"]);
    expect((await auditEntries(db(), "consent.import")).at(-1)).toMatchObject({
      actorId: ids.dpo,
      meta: { via: "csv:late.csv", received: 2, accepted: 2 },
    });
    expect(await auditCount(db())).toBe(before + 3); // the refusal, the all-rejected import, the import
  });
});
