import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo";
import { parseImportFile } from "@/lib/register/import/file";
import { rowToEntry } from "@/lib/register/import/layout";
import { registerFiltersSchema } from "@/lib/register/list/filters";
import { listActivities, unsafeVersionsAsOf } from "@/lib/register/queries";
import { processingActivityFieldsSchema } from "@/lib/register/schemas";
import { insertActivity } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import type { ExportContext } from "../contract";
import { exportContextFor, renderToBuffer } from "../tabular-testing";
import { readRegisterPage, registerPageQuerySchema } from "./api-page";
import type { RegisterExportJson } from "./json-schema";
import { registerTabularRenderer as renderer } from "./renderer";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-11-29T10:00:00Z");
const AS_OF = "2025-11-29";
let ctx: ExportContext;

function validator(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(path.resolve("docs", file), "utf8")) as object);
}

async function jsonExport(scope = {}): Promise<RegisterExportJson> {
  return JSON.parse((await renderToBuffer(renderer, ctx, scope, "json")).toString("utf8")) as RegisterExportJson;
}

beforeAll(async () => {
  await seedDemo(db(), NOW);
  ctx = await exportContextFor(db(), "auditor", NOW);
});

describe("register JSON", () => {
  it("validates against the published schema and holds every entry in full", async () => {
    const document = await jsonExport();
    const validate = validator("register.schema.json");
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document).toMatchObject({
      format: "vigie-register",
      asOf: null,
      organisation: { name: "Vigie Télécom SA" },
      generatedAt: NOW.toISOString(),
    });
    expect(document.entries).toHaveLength(40);
    const current = await listActivities(ctx.actor, registerFiltersSchema.parse({}), NOW, db());
    expect(document.entries.length).toBe(current.total);
    expect(new Set(document.entries.map((e) => e.reference)).size).toBe(40);
    document.entries.forEach((entry) =>
      expect(processingActivityFieldsSchema.parse(entry.content)).toEqual(entry.content),
    );
    const invalid = structuredClone(document);
    (invalid.entries[0]!.content as { role: string }).role = "landlord";
    expect(validate(invalid)).toBe(false);
  });

  it("as of a past date equals the register as of that date (history), also with active entries only", async () => {
    const document = await jsonExport({ asOf: AS_OF });
    const view = await unsafeVersionsAsOf(AS_OF, db());
    const listed = await listActivities(ctx.actor, registerFiltersSchema.parse({ asOf: AS_OF }), NOW, db());
    expect(document.asOf).toBe(AS_OF);
    expect(document.entries.length).toBe(listed.total);
    const sort = <T extends { reference: string }>(items: T[]) =>
      [...items].sort((a, b) => a.reference.localeCompare(b.reference));
    expect(sort(document.entries).map(({ reference, version, content }) => ({ reference, version, content }))).toEqual(
      sort(view),
    );
    const active = await jsonExport({ asOf: AS_OF, activeOnly: true });
    expect(active.entries.map((e) => e.reference)).toEqual(
      document.entries.filter((e) => e.content.status === "active").map((e) => e.reference),
    );
    expect(active.entries.length).toBeLessThan(document.entries.length);
    expect(validator("register.schema.json")(active)).toBe(true);
  });

  it("reports progress as entries are written", async () => {
    const progress: number[] = [];
    await renderToBuffer(renderer, { ...ctx, onProgress: (done) => progress.push(done) }, {}, "json");
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBe(40);
  });

  it("exports one entry", async () => {
    const document = await jsonExport({ reference: "TRT-0003" });
    expect(document.entries.map((e) => e.reference)).toEqual(["TRT-0003"]);
  });
});

describe("register CSV", () => {
  it("writes the import layout with a BOM and the ; separator, neutralised, and reads back to the same entries", async () => {
    const hostile = buildControllerEntry({
      name: '=HYPERLINK("http://evil")',
      businessOwner: "@owner",
      dataSource: "+1",
      description: "-1",
    });
    const { reference } = await insertActivity(
      { tx: db(), actor: { id: null, label: "test" }, now: NOW },
      hostile,
      "create",
    );
    const bytes = await renderToBuffer(renderer, ctx, { csvSeparator: ";" }, "csv");
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFFreference;name;description;role;")).toBe(true);
    expect(text).toContain(`${reference};"'=HYPERLINK(""http://evil"")";'-1;controller;`);
    expect(text).toContain(";'@owner;");
    const file = await parseImportFile(
      "registre.csv",
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
    const document = await jsonExport();
    expect(file.rows.map((r) => r.reference)).toEqual(document.entries.map((e) => e.reference));
    file.rows
      .filter((row) => row.reference !== reference)
      .forEach((row, i) =>
        expect(processingActivityFieldsSchema.parse(rowToEntry(row).entry)).toEqual(document.entries[i]!.content),
      );
  });
});

describe("register pages for the machine API", () => {
  it("reads the whole register page by page with the cursor, as of a date too, in the published page schema", async () => {
    const validate = validator("register-page.schema.json");
    for (const asOf of [undefined, AS_OF]) {
      const whole = await jsonExport(asOf ? { asOf } : {});
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 50; guard++) {
        const page = await readRegisterPage(
          db(),
          registerPageQuerySchema.parse({ asOf, cursor, limit: "7" }),
          "Europe/Paris",
        );
        expect(validate(page), JSON.stringify(validate.errors)).toBe(true);
        expect(page.entries.length).toBeLessThanOrEqual(7);
        seen.push(...page.entries.map((e) => e.reference));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(whole.entries.map((e) => e.reference));
    }
  });

  it("refuses a bad cursor, an impossible date and a limit out of range, naming the field", () => {
    const issues = (query: Record<string, string>) =>
      registerPageQuerySchema.safeParse(query).error?.issues.map((i) => i.path.join("."));
    expect(issues({ cursor: "not a cursor!" })).toEqual(["cursor"]);
    expect(issues({ cursor: Buffer.from("DROP TABLE").toString("base64url") })).toEqual(["cursor"]);
    expect(issues({ asOf: "2026-02-30" })).toEqual(["asOf"]);
    expect(issues({ asOf: "2026-13-01" })).toEqual(["asOf"]);
    expect(issues({ limit: "0" })).toEqual(["limit"]);
    expect(issues({ limit: "100000" })).toEqual(["limit"]);
    expect(issues({ limit: "abc" })).toEqual(["limit"]);
  });
});
