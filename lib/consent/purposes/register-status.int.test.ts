import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { consentOverview } from "../dashboard/dashboard";
import { createPurpose } from "../mutations";
import { listPurposes, listPurposesServingEntry } from "../queries";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const now = new Date("2026-06-15T12:00:00Z");
let dpoId = "";
let dpo: Actor;
const refs = { active: "", draft: "" };

const consentPurpose = {
  description: "Envoyer des offres",
  legalBasis: "consent" as const,
  balancingTest: "",
  art9Condition: null,
};

beforeAll(async () => {
  dpoId = (await unsafeCreateUser(db(), { role: "dpo" })).id;
  dpo = (await loadActor(db(), dpoId, now))!;
  const rows = await insertActivities(
    { tx: db(), actor: { id: null, label: "test" }, now },
    [
      buildControllerEntry({ name: "Prospection active", purposes: [consentPurpose] }),
      buildControllerEntry({ name: "Prospection en brouillon", status: "draft", purposes: [consentPurpose] }),
    ],
    "create",
  );
  [refs.active, refs.draft] = rows.map((row) => row.reference) as [string, string];
  for (const [key, registerRefs] of [
    ["offers_active", [refs.active]],
    ["offers_draft", [refs.draft]],
  ] as const) {
    const result = await executeAction(
      createPurpose,
      dpoId,
      {
        key,
        labelFr: "Offres",
        labelEn: "Offers",
        description: "",
        registerRefs,
        channels: ["web"],
        textVersion: "v1",
        textEffectiveFrom: "2026-01-01",
        text: "J'accepte de recevoir des offres.",
      },
      { now },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
});

describe("consent purposes whose register entry is not active (issue 15.4)", () => {
  it("flags the purpose in the catalogue with the references of its entries that are not active", async () => {
    const purposes = await listPurposes(dpo);
    expect(purposes.find((p) => p.key === "offers_draft")?.inactiveRegisterRefs).toEqual([refs.draft]);
    expect(purposes.find((p) => p.key === "offers_active")?.inactiveRegisterRefs).toEqual([]);
  });

  it("flags it on the overview", async () => {
    const overview = await consentOverview(dpo, "2026-06-15");
    expect(overview.purposes.find((p) => p.key === "offers_draft")?.inactiveRegisterRefs).toEqual([refs.draft]);
    expect(overview.purposes.find((p) => p.key === "offers_active")?.inactiveRegisterRefs).toEqual([]);
  });

  it("lists the purposes an entry feeds, for the entry's own warning", async () => {
    expect(await listPurposesServingEntry(dpo, refs.draft)).toMatchObject([{ key: "offers_draft", isActive: true }]);
  });
});
