import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { createPurpose } from "@/lib/consent/mutations";
import { incidentFactsSchema } from "@/lib/incidents/form/schemas";
import { intakeSchemaAt } from "@/lib/incidents/intake/schema";

const intakeSchema = intakeSchemaAt(new Date("2026-12-01T12:00:00Z"));
import { incidentReferenceSchema } from "@/lib/incidents/reference";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { createActivity } from "./mutations";
import { registerReferenceSchema } from "./reference";
import { buildControllerEntry } from "./test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;
let dpo = "";

beforeAll(async () => {
  dpo = (await unsafeCreateUser(db(), { role: "dpo" })).id;
});

describe("register references past 9,999", () => {
  it("follow TRT-9999 with TRT-10000 and TRT-10001, never wrapping to an existing reference", async () => {
    await db().execute(sql`select setval('processing_activity_reference_seq', 9998)`);
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await executeAction(
        createActivity,
        dpo,
        buildControllerEntry({ status: "draft", name: `Traitement ${i}` }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result));
      references.push(result.data.reference);
    }
    expect(references).toEqual(["TRT-9999", "TRT-10000", "TRT-10001"]);
  });

  it("are accepted by every parser: the consent purposes' register references too", async () => {
    for (const reference of ["TRT-0001", "TRT-10000", "trt-123456"])
      expect(registerReferenceSchema.safeParse(reference).success).toBe(true);
    for (const reference of ["TRT-001", "TRT-", "TRT-12a4", "INC-2026-0001"])
      expect(registerReferenceSchema.safeParse(reference).success).toBe(false);
    const result = await executeAction(createPurpose, dpo, {
      key: "reference_growth",
      labelFr: "Finalité",
      labelEn: "Purpose",
      registerRefs: "TRT-10000, TRT-10001",
      channels: ["app"],
      textVersion: "v1",
      textEffectiveFrom: "2026-01-01",
      text: "J'accepte.",
    });
    // The references parse; the mutation then checks the entries' lawful basis (not consent here).
    expect(result).not.toMatchObject({ fieldErrors: { "registerRefs.0": expect.anything() } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { registerRefs: expect.anything() } });
  });
});

describe("incident references", () => {
  it("parse with five-digit sequences and only four-digit years", () => {
    for (const reference of ["INC-2026-0001", "INC-2026-10000"])
      expect(incidentReferenceSchema.safeParse(reference).success).toBe(true);
    for (const reference of ["INC-10000-0001", "INC-26-0001", "INC-2026-001"])
      expect(incidentReferenceSchema.safeParse(reference).success).toBe(false);
  });

  it("are never made from an impossible detection year: intake and form refuse it on the field", () => {
    for (const detectedAt of ["0000-01-01T00:00:00Z", "9999-12-31T12:00:00+01:00", "1969-12-31T23:59:59Z"]) {
      const result = intakeSchema.safeParse({ detectedAt });
      expect(result.success).toBe(false);
      if (!result.success)
        expect([...new Set(result.error.issues.map((issue) => issue.path.join(".")))]).toEqual(["detectedAt"]);
    }
    expect(intakeSchema.safeParse({ detectedAt: "2026-11-29T10:30:00+01:00" }).success).toBe(true);
    const form = incidentFactsSchema.safeParse({ detectedAt: "0000-01-01T00:00" });
    expect(form.success).toBe(false);
    if (!form.success)
      expect(form.error.issues.find((issue) => issue.path.join(".") === "detectedAt")?.message).toBe(
        "incidents.errors.instant",
      );
  });
});
