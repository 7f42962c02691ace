import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { createPurpose, updatePurpose } from "./mutations";
import { listPurposesServingEntry } from "./queries";
import { NO_CONSENT_REGISTER_ENTRY, UNKNOWN_REGISTER_REF } from "./register-links";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const now = new Date("2026-06-15T12:00:00Z");
const ids = { dpo: "", security: "", auditor: "" };
let consentRef = "";
let contractRef = "";

const input = (registerRefs: unknown, key = "linked_purpose") => ({
  key, labelFr: "Lettre d'information", labelEn: "Newsletter", description: "", registerRefs, channels: ["web"],
  textVersion: "v1", textEffectiveFrom: "2026-01-01", text: "J'accepte de recevoir la lettre d'information.",
});

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  const rows = await insertActivities({ tx: db(), actor: { id: null, label: "test" }, now }, [
    buildControllerEntry({ name: "Lettre d'information", purposes: [{ description: "Envoyer la lettre", legalBasis: "consent", balancingTest: "", art9Condition: null }] }),
    buildControllerEntry(),
  ], "create");
  [consentRef, contractRef] = rows.map((row) => row.reference) as [string, string];
});

describe("the register entries a consent purpose serves (issue 5)", () => {
  it("refuses an unknown reference on the field, writing nothing", async () => {
    const before = await auditCount(db());
    const result = await executeAction(createPurpose, ids.dpo, input([consentRef, "TRT-9999"]), { now });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { registerRefs: [UNKNOWN_REGISTER_REF], unknownRegisterRefs: ["TRT-9999"] } });
    expect(await auditCount(db())).toBe(before);
  });

  it("refuses entries none of which is consent-based, writing nothing", async () => {
    const before = await auditCount(db());
    const result = await executeAction(createPurpose, ids.dpo, input([contractRef]), { now });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { registerRefs: [NO_CONSENT_REGISTER_ENTRY] } });
    expect(await auditCount(db())).toBe(before);
  });

  it("accepts a consent-based entry, normalising the references; an edit is checked the same way", async () => {
    const messy = `  ${consentRef.toLowerCase()}, ${contractRef} ${consentRef} `;
    const created = await executeAction(createPurpose, ids.dpo, input(messy), { now });
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const dpo = (await loadActor(db(), ids.dpo, now))!;
    const serving = await listPurposesServingEntry(dpo, consentRef, db());
    expect(serving).toEqual([{ key: "linked_purpose", labelFr: "Lettre d'information", labelEn: "Newsletter", isActive: true }]);
    expect(await listPurposesServingEntry(dpo, contractRef, db())).toHaveLength(1);
    const edit = { id: created.data.id, version: 1, labelFr: "Lettre", labelEn: "Letter", description: "", registerRefs: [contractRef], channels: ["web"] };
    expect(await executeAction(updatePurpose, ids.dpo, edit, { now })).toMatchObject({ ok: false, fieldErrors: { registerRefs: [NO_CONSENT_REGISTER_ENTRY] } });
    expect(await executeAction(updatePurpose, ids.dpo, { ...edit, registerRefs: [consentRef] }, { now })).toMatchObject({ ok: true });
    expect(await listPurposesServingEntry(dpo, contractRef, db())).toEqual([]);
  });

  it("lists the purposes serving an entry for every role that reads consent", async () => {
    for (const role of ["security", "auditor"] as const) {
      const actor = (await loadActor(db(), ids[role], now))!;
      expect((await listPurposesServingEntry(actor, consentRef, db())).map((p) => p.key)).toEqual(["linked_purpose"]);
    }
  });
});
