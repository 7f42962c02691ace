import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { consentPurposes } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { createPurpose, updatePurpose } from "../mutations";
import { listPurposesServingEntry } from "../queries";
import {
  NO_CONSENT_REGISTER_ENTRY,
  NO_LEGITIMATE_INTERESTS_REGISTER_ENTRY,
  UNKNOWN_REGISTER_REF,
} from "./register-links";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const now = new Date("2026-06-15T12:00:00Z");
const ids = { dpo: "", security: "", auditor: "" };
let consentRef = "";
let contractRef = "";
let interestsRef = "";

const input = (registerRefs: unknown, key = "linked_purpose") => ({
  key,
  labelFr: "Lettre d'information",
  labelEn: "Newsletter",
  description: "",
  registerRefs,
  channels: ["web"],
  textVersion: "v1",
  textEffectiveFrom: "2026-01-01",
  text: "J'accepte de recevoir la lettre d'information.",
});

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  const rows = await insertActivities(
    { tx: db(), actor: { id: null, label: "test" }, now },
    [
      buildControllerEntry({
        name: "Lettre d'information",
        purposes: [{ description: "Envoyer la lettre", legalBasis: "consent", balancingTest: "", art9Condition: null }],
      }),
      buildControllerEntry(),
      buildControllerEntry({
        name: "Statistiques de fréquentation",
        purposes: [
          {
            description: "Produire des statistiques agrégées",
            legalBasis: "legitimate_interests",
            balancingTest: "Agrégation, seuil de 20 individus.",
            art9Condition: null,
          },
        ],
      }),
    ],
    "create",
  );
  [consentRef, contractRef, interestsRef] = rows.map((row) => row.reference) as [string, string, string];
});

describe("the register entries a consent purpose serves", () => {
  it("refuses an unknown reference on the field, writing nothing", async () => {
    const before = await auditCount(db());
    const result = await executeAction(createPurpose, ids.dpo, input([consentRef, "TRT-9999"]), { now });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { registerRefs: [UNKNOWN_REGISTER_REF], unknownRegisterRefs: ["TRT-9999"] },
    });
    expect(await auditCount(db())).toBe(before);
  });

  it("refuses entries none of which is consent-based, writing nothing", async () => {
    const before = await auditCount(db());
    const result = await executeAction(createPurpose, ids.dpo, input([contractRef]), { now });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { registerRefs: [NO_CONSENT_REGISTER_ENTRY] },
    });
    expect(await auditCount(db())).toBe(before);
  });

  it("accepts a consent-based entry, normalising the references; an edit is checked the same way", async () => {
    const messy = `  ${consentRef.toLowerCase()}, ${contractRef} ${consentRef} `;
    const created = await executeAction(createPurpose, ids.dpo, input(messy), { now });
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const dpo = (await loadActor(db(), ids.dpo, now))!;
    const serving = await listPurposesServingEntry(dpo, consentRef, db());
    expect(serving).toEqual([
      {
        key: "linked_purpose",
        kind: "consent",
        labelFr: "Lettre d'information",
        labelEn: "Newsletter",
        isActive: true,
      },
    ]);
    expect(await listPurposesServingEntry(dpo, contractRef, db())).toHaveLength(1);
    const edit = {
      id: created.data.id,
      version: 1,
      labelFr: "Lettre",
      labelEn: "Letter",
      description: "",
      registerRefs: [contractRef],
      channels: ["web"],
    };
    expect(await executeAction(updatePurpose, ids.dpo, edit, { now })).toMatchObject({
      ok: false,
      fieldErrors: { registerRefs: [NO_CONSENT_REGISTER_ENTRY] },
    });
    expect(await executeAction(updatePurpose, ids.dpo, { ...edit, registerRefs: [consentRef] }, { now })).toMatchObject(
      { ok: true },
    );
    expect(await listPurposesServingEntry(dpo, contractRef, db())).toEqual([]);
  });

  it("lists the purposes serving an entry for every role that reads consent", async () => {
    for (const role of ["security", "auditor"] as const) {
      const actor = (await loadActor(db(), ids[role], now))!;
      expect((await listPurposesServingEntry(actor, consentRef, db())).map((p) => p.key)).toEqual(["linked_purpose"]);
    }
  });
});

describe("the kind of a purpose: consent (opt-in) or objection (opt-out, Art. 21)", () => {
  const objection = (registerRefs: unknown, key: string) => ({
    ...input(registerRefs, key),
    kind: "objection",
    labelFr: "Statistiques (opposition)",
    labelEn: "Statistics (opt-out)",
  });
  const stored = async (key: string) => db().select().from(consentPurposes).where(eq(consentPurposes.key, key));

  it("accepts an objection purpose serving a legitimate-interests entry, and stores and audits its kind", async () => {
    const result = await executeAction(
      createPurpose,
      ids.dpo,
      objection([interestsRef, contractRef], "objection_accepted"),
      { now },
    );
    expect(result).toMatchObject({ ok: true });
    expect(await stored("objection_accepted")).toMatchObject([
      { kind: "objection", registerRefs: [interestsRef, contractRef] },
    ]);
    // The register entry shows which right the purpose records.
    const dpo = (await loadActor(db(), ids.dpo, now))!;
    expect(await listPurposesServingEntry(dpo, interestsRef, db())).toContainEqual(
      expect.objectContaining({ key: "objection_accepted", kind: "objection" }),
    );
    const [entry] = (await auditEntries(db(), "consent.purpose_create")).slice(-1);
    expect(entry).toMatchObject({ after: { key: "objection_accepted", kind: "objection" } });
  });

  it("refuses an objection purpose serving only consent-based entries on the field, writing nothing", async () => {
    const before = await auditCount(db());
    const result = await executeAction(
      createPurpose,
      ids.dpo,
      objection([consentRef, contractRef], "objection_refused"),
      { now },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { registerRefs: [NO_LEGITIMATE_INTERESTS_REGISTER_ENTRY] },
    });
    expect(await auditCount(db())).toBe(before);
    expect(await stored("objection_refused")).toEqual([]);
  });

  it("refuses a consent purpose (the default kind) serving only a legitimate-interests entry, writing nothing", async () => {
    const before = await auditCount(db());
    for (const payload of [
      input([interestsRef], "consent_refused"),
      { ...input([interestsRef], "consent_refused"), kind: "consent" },
    ]) {
      expect(await executeAction(createPurpose, ids.dpo, payload, { now })).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { registerRefs: [NO_CONSENT_REGISTER_ENTRY] },
      });
    }
    expect(await auditCount(db())).toBe(before);
    expect(await stored("consent_refused")).toEqual([]);
  });

  it.each(["security", "auditor"] as const)(
    "refuses an objection purpose to the %s role, writing nothing",
    async (role) => {
      const result = await executeAction(createPurpose, ids[role], objection([interestsRef], `objection_by_${role}`), {
        now,
      });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await stored(`objection_by_${role}`)).toEqual([]);
    },
  );

  it("refuses an unknown kind on the field", async () => {
    const result = await executeAction(
      createPurpose,
      ids.dpo,
      { ...input([consentRef], "bad_kind"), kind: "opt_out" },
      { now },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { kind: ["consent.errors.purposeKind"] },
    });
  });

  it("keeps the kind on an edit: a posted kind is ignored, and the links are checked against the stored kind", async () => {
    const created = await executeAction(createPurpose, ids.dpo, objection([interestsRef], "objection_fixed"), { now });
    if (!created.ok) throw new Error("setup: the objection purpose was refused");
    const edit = {
      id: created.data.id,
      version: 1,
      kind: "consent",
      labelFr: "Statistiques",
      labelEn: "Statistics",
      description: "",
      registerRefs: [consentRef],
      channels: ["web"],
    };
    expect(await executeAction(updatePurpose, ids.dpo, edit, { now })).toMatchObject({
      ok: false,
      fieldErrors: { registerRefs: [NO_LEGITIMATE_INTERESTS_REGISTER_ENTRY] },
    });
    expect(
      await executeAction(updatePurpose, ids.dpo, { ...edit, registerRefs: [interestsRef, consentRef] }, { now }),
    ).toMatchObject({ ok: true });
    expect(await stored("objection_fixed")).toMatchObject([
      { kind: "objection", version: 2, labelFr: "Statistiques", registerRefs: [interestsRef, consentRef] },
    ]);
    const [entry] = (await auditEntries(db(), "consent.purpose_update")).slice(-1);
    expect(entry).toMatchObject({ before: { kind: "objection" }, after: { kind: "objection" } });
  });
});
