import { count } from "drizzle-orm";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { processingActivities } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { parseImportFile } from "./file";
import { importActivities } from "./mutation";
import { previewImport } from "./preview";
import { entryToRow, HEADER } from "./layout";
import { buildControllerEntry, buildProcessorEntry } from "../test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;
let dpoId = "";

beforeAll(async () => {
  dpoId = (await unsafeCreateUser(db(), { role: "dpo" })).id;
});

async function entryCount() {
  const [row] = await db().select({ value: count() }).from(processingActivities);
  return row!.value;
}

function csvOf(rows: Record<string, string>[]): ArrayBuffer {
  return new TextEncoder().encode(
    Papa.unparse({ fields: HEADER, data: rows.map((row) => HEADER.map((h) => row[h] ?? "")) }),
  ).buffer as ArrayBuffer;
}

describe("register import", () => {
  it("previews a file with one bad row, per row and per column, and imports nothing from it", async () => {
    const good = entryToRow(buildControllerEntry());
    const bad = {
      ...entryToRow(buildProcessorEntry({ name: "Sous-traitance MVNO" })),
      role: "landlord",
      dpia_completed_on: "31/12/2025",
    };
    const file = await parseImportFile("registre.csv", csvOf([good, bad, good]));
    const preview = previewImport(file.header, file.rows);
    expect(preview.validCount).toBe(2);
    expect(preview.entries).toEqual([]);
    expect(preview.rows[1]).toMatchObject({ line: 3, name: "Sous-traitance MVNO" });
    expect(preview.rows[1]!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: "role", message: "register.errors.invalidOption" }),
        expect.objectContaining({ column: "dpia_completed_on", message: "register.errors.invalidDate" }),
      ]),
    );

    // The action re-validates: the same entries sent directly are refused as a whole.
    const before = await entryCount();
    const result = await executeAction(importActivities, dpoId, {
      entries: [buildControllerEntry(), { ...buildControllerEntry(), role: "landlord" }],
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "entries.1.role": ["register.errors.invalidOption"] },
    });
    expect(await entryCount()).toBe(before);
  });

  it("imports a valid file in one transaction, with one summarising audit entry", async () => {
    const file = await parseImportFile(
      "registre.csv",
      csvOf([entryToRow(buildControllerEntry()), entryToRow(buildProcessorEntry())]),
    );
    const preview = previewImport(file.header, file.rows);
    expect(preview.entries).toHaveLength(2);
    const before = await entryCount();
    const result = await executeAction(importActivities, dpoId, { entries: preview.entries });
    expect(result).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await entryCount()).toBe(before + 2);
    const [audit] = (await auditEntries(db(), "register.import")).slice(-1);
    expect(audit!.meta).toMatchObject({ count: 2, references: result.ok ? result.data.references : [] });
  });
});
