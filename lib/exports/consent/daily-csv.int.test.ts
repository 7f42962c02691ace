import { finished } from "node:stream/promises";
import Papa from "papaparse";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { consentDaily, consentPurposes } from "@/db/schema";
import { seedDemo } from "@/lib/demo";
import { useTestDatabase } from "@/lib/testing/db";
import type { ExportContext } from "../contract";
import { exportContextFor, renderToBuffer, SlowSink } from "../tabular-testing";
import { CONSENT_DAILY_HEADER, consentDailyCsvRenderer as renderer, renderConsentDailyCsv } from "./daily-csv";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-11-29T10:00:00Z");
const FROM = "2026-06-01";
const TO = "2026-09-30";
let ctx: ExportContext;

beforeAll(async () => {
  await seedDemo(db(), NOW, { consentEvents: 4_000 });
  ctx = await exportContextFor(db(), "auditor", NOW);
});

async function rollups(from: string, to: string) {
  const rows = await db()
    .select({
      day: consentDaily.day,
      purpose: consentPurposes.key,
      purpose_kind: consentPurposes.kind,
      channel: consentDaily.channel,
      text_version: consentDaily.textVersion,
      grants: consentDaily.grants,
      withdrawals: consentDaily.withdrawals,
      net_opted_in: consentDaily.netOptedIn,
      first_asked: consentDaily.firstAsked,
    })
    .from(consentDaily)
    .innerJoin(consentPurposes, eq(consentPurposes.id, consentDaily.purposeId))
    .where(and(gte(consentDaily.day, from), lte(consentDaily.day, to)))
    .orderBy(asc(consentDaily.day));
  const key = (r: (typeof rows)[number]) => [r.day, r.purpose, r.channel, r.text_version].join("\u0000");
  return rows
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((r) => CONSENT_DAILY_HEADER.map((name) => String(r[name])));
}

function parse(bytes: Buffer, delimiter: string): string[][] {
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data;
}

describe("consent daily figures CSV", () => {
  it("holds exactly the daily rollups of the period per purpose, channel and text version", async () => {
    const [header, ...rows] = parse(await renderToBuffer(renderer, ctx, { from: FROM, to: TO }, "csv"), ",");
    expect(header).toEqual([...CONSENT_DAILY_HEADER]);
    const expected = await rollups(FROM, TO);
    expect(expected.length).toBeGreaterThan(50);
    expect(rows).toEqual(expected);
    expect(rows.every(([day]) => day! >= FROM && day! <= TO)).toBe(true);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(["v1", "v2"]));
  });

  it("pages through the rollups with the keyset and writes ; for French Excel", async () => {
    const sink = new SlowSink();
    await renderConsentDailyCsv(ctx, { from: FROM, to: TO, csvSeparator: ";" }, sink, 37);
    sink.end();
    await finished(sink);
    const [, ...rows] = parse(sink.bytes, ";");
    expect(rows).toEqual(await rollups(FROM, TO));
  });

  it("neutralises a hostile text version", async () => {
    const [purpose] = await db().select().from(consentPurposes).limit(1);
    await db().insert(consentDaily).values({
      purposeId: purpose!.id,
      day: "2026-07-01",
      channel: "web",
      textVersion: '=HYPERLINK("http://evil")',
      grants: 1,
    });
    const text = (await renderToBuffer(renderer, ctx, { from: "2026-07-01", to: "2026-07-01" }, "csv")).toString(
      "utf8",
    );
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
