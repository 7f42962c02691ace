/**
 * `npm run bench:release` (PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL). A release of N cells
 * (5,000 zones × quarter-hour windows, counts 0–59 so that a sixth fall below k = 10) is written
 * to a CSV file, then, EACH SIZE IN A CHILD PROCESS (peak RSS from getrusage maxrss):
 * - baseline: the same CSV read as a stream, counts summed per zone, no check;
 * - review end to end: `uploadRelease` (parse, identifier checks, primary and complementary
 *   suppression per window with the exact audit, release file written and hashed, published cells
 *   stored in PostgreSQL, the release row and its audit entry), on a scratch database.
 * Prints both times, the ratio, and the peak RSS of the largest size against 1 M cells (goal ≤ 1.3).
 * BENCH_RELEASE_CELLS=100000,1000000,10000000 chooses the sizes (default 100k and 1 M).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { insertActivity } from "@/lib/register/store";
import { uploadRelease } from "@/lib/releases/upload";
import { createScratchDatabase } from "./databases";

const ZONES = 5_000;
const QUARTER = 15 * 60_000;
const START = Date.UTC(2026, 10, 2);

function writeCsv(file: string, cells: number) {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "area,window_start,window_end,count\n");
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
  let buffer = "";
  for (let i = 0; i < cells; i++) {
    const window = Math.floor(i / ZONES);
    const start = new Date(START + window * QUARTER).toISOString();
    const end = new Date(START + (window + 1) * QUARTER).toISOString();
    buffer += `Z${String(i % ZONES).padStart(4, "0")},${start},${end},${Math.floor(random() * 60)}\n`;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = "";
    }
  }
  fs.writeSync(fd, buffer);
  fs.closeSync(fd);
}

async function baseline(file: string) {
  const started = performance.now();
  const perZone = new Map<string, number>();
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const fields = line.split(",");
    perZone.set(fields[0]!, (perZone.get(fields[0]!) ?? 0) + Number(fields[3]));
  }
  return performance.now() - started;
}

async function review(file: string, url: string) {
  const handle = await openDatabase({ url, max: 4 });
  const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-bench-release-"));
  process.env.VIGIE_EXPORT_DIR = exportDir;
  try {
    const now = new Date();
    const entry = await insertActivity(
      { tx: handle.db, actor: { id: null, label: "bench" }, now },
      buildControllerEntry(),
      "create",
    );
    const started = performance.now();
    const result = await uploadRelease({
      db: handle.db,
      actor: { id: null, label: "bench" },
      now,
      input: {
        series: `bench ${Date.now()}`,
        recipient: "bench",
        purpose: "bench",
        processingActivity: entry.reference,
      },
      body: fs.createReadStream(file, { highWaterMark: 1 << 16 }),
    });
    const ms = performance.now() - started;
    if (result.status !== "pending") throw new Error(`review refused: ${JSON.stringify(result.summary.refusal)}`);
    return { ms, suppressed: result.summary.suppressed, audit: result.summary.audit };
  } finally {
    await handle.close();
    fs.rmSync(exportDir, { recursive: true, force: true });
  }
}

async function child(mode: string, file: string, url: string) {
  const out = mode === "baseline" ? { ms: await baseline(file) } : await review(file, url);
  console.log(JSON.stringify({ ...out, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main() {
  const [mode, file, url] = process.argv.slice(2);
  if (mode === "baseline" || mode === "review") return child(mode, file!, url!);
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) throw new Error("Set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres");
  const sizes = (process.env.BENCH_RELEASE_CELLS ?? "100000,1000000").split(",").map(Number);
  const scratch = await createScratchDatabase(server, "vigie_bench_release");
  const migrated = await openDatabase({ url: scratch.url, max: 2 });
  await runMigrations(migrated);
  await migrated.close();
  const results: Record<number, { base: { ms: number; maxRssMb: number }; run: { ms: number; maxRssMb: number } }> = {};
  try {
    for (const cells of sizes) {
      const file = path.join(os.tmpdir(), `vigie-bench-release-${cells}.csv`);
      writeCsv(file, cells);
      const run = (mode: string) =>
        JSON.parse(
          execFileSync(process.execPath, [...process.execArgv, import.meta.filename, mode, file, scratch.url], {
            encoding: "utf8",
          })
            .trim()
            .split("\n")
            .pop()!,
        );
      const base = run("baseline");
      const reviewed = run("review");
      fs.rmSync(file, { force: true });
      results[cells] = { base, run: reviewed };
      console.log(
        `${cells.toLocaleString("en")} cells: review ${(reviewed.ms / 1000).toFixed(1)} s (${Math.round(cells / (reviewed.ms / 1000)).toLocaleString("en")} cells/s), ` +
          `baseline ${(base.ms / 1000).toFixed(1)} s, ratio ${(reviewed.ms / base.ms).toFixed(1)}×; peak RSS review ${reviewed.maxRssMb.toFixed(0)} MB, baseline ${base.maxRssMb.toFixed(0)} MB; ` +
          `suppressed ${JSON.stringify(reviewed.suppressed)}`,
      );
    }
    const largest = Math.max(...sizes);
    const referenceSize = largest > 1_000_000 && results[1_000_000] ? 1_000_000 : Math.min(...sizes);
    const reference = results[referenceSize]!;
    const refLabel = referenceSize.toLocaleString("en");
    console.log(
      `peak RSS at ${largest.toLocaleString("en")} cells vs ${refLabel}: ${(results[largest]!.run.maxRssMb / reference.run.maxRssMb).toFixed(2)}× (goal ≤ 1.3)`,
    );
  } finally {
    await scratch.drop();
  }
}

await main();
