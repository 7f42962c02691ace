import { describe, expect, it } from "vitest";
import { deriveListColumns } from "./derive";
import { buildControllerEntry, buildProcessorEntry } from "../test-fixtures";

describe("deriveListColumns", () => {
  it("lists each legal basis once, sorted, and reads the flags from the catalogue", () => {
    const columns = deriveListColumns(buildControllerEntry());
    expect(columns.legalBases).toEqual(["contract", "legal_obligation"]);
    expect(columns).toMatchObject({
      hasTrafficData: true,
      hasLocationData: false,
      hasSpecialData: false,
      hasTransfers: false,
    });
    expect(columns.completenessScore).toBe(100);
    expect(columns.missingCount).toBe(0);
  });

  it("flags location data and requires a DPIA for large-scale location processing", () => {
    const entry = buildControllerEntry({
      dataCategories: ["location_cell"],
      retention: [],
      dpia: { ...buildControllerEntry().dpia, criteria: ["large_scale"] },
    });
    const columns = deriveListColumns(entry);
    expect(columns.hasLocationData).toBe(true);
    expect(columns.isDpiaRequired).toBe(true);
    expect(columns.completenessScore).toBeLessThan(100);
  });

  it("sees the transfers of a processor entry, per controller served", () => {
    const base = buildProcessorEntry();
    const served = base.controllersServed[0]!;
    const entry = buildProcessorEntry({
      controllersServed: [
        {
          ...served,
          transfers: [
            {
              country: "MA",
              internationalOrganisation: "",
              recipient: "Centre d'appels",
              mechanism: "sccs",
              documentationReference: "CCT 2021",
            },
          ],
        },
      ],
    });
    expect(deriveListColumns(entry).hasTransfers).toBe(true);
    expect(deriveListColumns(base).hasTransfers).toBe(false);
  });

  it("counts Art. 10 data as special", () => {
    expect(
      deriveListColumns(buildControllerEntry({ dataCategories: ["criminal_offences"], retention: [] })).hasSpecialData,
    ).toBe(true);
  });
});
