import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { createIncident } from "../mutations/open";
import { getIncident } from "../queries";

/** The drafts read the linked register entries: processors (Annex I "other providers") and what lies abroad. */
const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-11-23T12:00:00+01:00");
const ids = { dpo: "" };
let entry = "";

beforeAll(async () => {
  ids.dpo = (await unsafeCreateUser(db(), { role: "dpo", name: "Claire Dubois" })).id;
  const [row] = await insertActivities(
    { tx: db(), actor: { id: null, label: "test" }, now: NOW },
    [
      buildControllerEntry({
        name: "Relation client par téléphone",
        dataSubjectCategories: ["Abonnés mobiles", "Prospects"],
        processors: [
          {
            name: "Relais Client SAS",
            service: "Centre d’appels externalisé",
            country: "MA",
            contractDate: "2025-01-01",
          },
        ],
        transfers: [
          {
            country: "MA",
            internationalOrganisation: "",
            recipient: "Relais Client SAS",
            mechanism: "sccs",
            documentationReference: "CCT 2021/914",
          },
        ],
      }),
    ],
    "create",
  );
  entry = row!.reference;
});

describe("drafts from the linked register entries (issue 14 point 12)", () => {
  it("a ransomware at a subcontractor: the 611/2013 draft names the processor and the cross-border aspect to confirm", async () => {
    const opened = await executeAction(
      createIncident,
      ids.dpo,
      {
        title: "Rançongiciel chez le centre d’appels sous-traitant",
        detectedAt: "2026-11-22T08:00",
        personalData: "true",
        telecomService: "true",
        categories: ["confidentiality", "availability"],
        registerRefs: [entry],
        dataSubjectCategories: "Abonnés mobiles",
      },
      { now: NOW },
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const actor = (await loadActor(db(), ids.dpo, NOW))!;
    const detail = (await getIncident(actor, opened.data.reference, NOW))!;
    const initial = detail.drafts["eprivacy-611-initial"];
    expect(initial).toContain(
      `Recours à d'autres fournisseurs : Relais Client SAS (Centre d’appels externalisé, MA) — sous-traitants des traitements ${entry}`,
    );
    // Known from the facts: not among the section 2 items said to follow.
    expect(initial).not.toContain("- Aspects transfrontières");
    expect(detail.drafts["eprivacy-611-second"]).toContain(
      `Aspects transfrontières : à confirmer — sous-traitant Relais Client SAS établi hors de France (MA) ; transfert de données vers MA (Relais Client SAS) — ${entry}`,
    );
    expect(detail.drafts["gdpr-33"]).toContain("Délégué à la protection des données : Claire Dubois");
  });
});
