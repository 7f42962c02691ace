import type { Writable } from "node:stream";
import { canonicalJson } from "@/lib/audit/canonical";
import type { ExportContext, ExportFormat, ExportScope, ReportRenderer } from "../contract";
import { CSV_BOM, csvLine } from "../csv";
import { prepareExtract, type ExtractHeader } from "./extract-header";
import { extractPages, type ExtractEntry } from "./queries";
import { writeChunk } from "./stream-write";

const COLUMNS = [
  "seq",
  "id",
  "occurredAt",
  "actorId",
  "actorLabel",
  "action",
  "entityType",
  "entityId",
  "before",
  "after",
  "meta",
  "prevHash",
  "hash",
] as const;

/**
 * The audit log extract: the entries of a period in chain order,
 * with the verdict on the whole chain and the hashes of the extract's first and last
 * entries, so a reader can check that the extract belongs to the chain. JSON keeps every
 * field as hashed (recomputable); CSV is for reading (cells neutralised against formulas).
 */
export function createAuditLogRenderer(options: { pageSize?: number } = {}): ReportRenderer {
  return {
    kind: "audit-log",
    formats: ["json", "csv"],
    fileName(scope, format) {
      return `journal-audit-${scope.from ?? ""}_${scope.to ?? ""}.${format}`;
    },
    async render(ctx: ExportContext, scope: ExportScope, format: ExportFormat, out: Writable) {
      if (format !== "json" && format !== "csv") throw new Error(`The audit log extract has no ${format} format`);
      const { header, bounds } = await prepareExtract(ctx, scope);
      const write = format === "json" ? jsonWriter(out, header) : csvWriter(out, header, scope.csvSeparator ?? ",");
      await write.start();
      let done = 0;
      for await (const page of extractPages(ctx.db, bounds, header.extract, options.pageSize)) {
        await write.page(page);
        done += page.length;
        ctx.onProgress?.(done, header.extract.entries);
      }
      await write.end();
    },
  };
}

export const auditLogRenderer = createAuditLogRenderer();

interface ExtractWriter {
  start(): Promise<void>;
  page(entries: ExtractEntry[]): Promise<void>;
  end(): Promise<void>;
}

function jsonWriter(out: Writable, header: ExtractHeader): ExtractWriter {
  let first = true;
  return {
    start: () => writeChunk(out, `${JSON.stringify(header, null, 2).slice(0, -2)},\n  "entries": [`),
    async page(entries) {
      const text = entries
        .map((entry, index) => `${first && index === 0 ? "" : ","}\n    ${JSON.stringify(entry)}`)
        .join("");
      first = false;
      await writeChunk(out, text);
    },
    end: () => writeChunk(out, `${first ? "" : "\n  "}]\n}\n`),
  };
}

function csvWriter(out: Writable, header: ExtractHeader, separator: "," | ";"): ExtractWriter {
  const line = (cells: (string | number | boolean | null | undefined)[]) => csvLine(cells, { separator });
  const { chain, extract } = header;
  const chainCells = chain.intact
    ? ["intact", chain.entries, chain.lastHash]
    : [
        "broken",
        chain.entries,
        `${chain.broken} broken: first ${chain.firstBroken.reason} at seq ${chain.firstBroken.seq}, last ${chain.lastBroken.reason} at seq ${chain.lastBroken.seq}`,
      ];
  return {
    start: () =>
      writeChunk(
        out,
        CSV_BOM +
          line([header.format]) +
          line(["organisation", header.organisation]) +
          line(["period", header.period.from, header.period.to, header.period.timeZone]) +
          line(["generatedAt", header.generatedAt, header.generatedBy]) +
          line(["chain", ...chainCells]) +
          line(["chainHeadAtGeneration", chain.headAtGeneration?.seq, chain.headAtGeneration?.hash]) +
          line(["extractEntries", extract.entries]) +
          line(["firstEntry", extract.first?.seq, extract.first?.hash]) +
          line(["lastEntry", extract.last?.seq, extract.last?.hash]) +
          line(["hashing", header.hashing]) +
          "\r\n" +
          line([...COLUMNS]),
      ),
    page: (entries) =>
      writeChunk(
        out,
        entries
          .map((entry) =>
            line(
              COLUMNS.map((column) =>
                column === "before" || column === "after" || column === "meta"
                  ? entry[column] === null
                    ? ""
                    : canonicalJson(entry[column])
                  : entry[column],
              ),
            ),
          )
          .join(""),
      ),
    end: async () => {},
  };
}
