/**
 * `npm run bench:pdf-memory`: does the register PDF render in constant memory? Seeds 500, then
 * 5,000 register entries in a fresh PostgreSQL database (BENCH_DATABASE_URL or DATABASE_URL),
 * each size in its own process, renders the authority-ready register PDF (laid out once) into a sink, and prints the time, pages, bytes and peak RSS / heap of each, and the
 * ratio of the peaks (goal: 5,000 no more than 1.3 × 500).
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { organisation } from "@/db/schema";
import { DEMO_REGISTER } from "@/lib/demo/register";
import { buildEntry } from "@/lib/demo/register-builders";
import { registerPdfRenderer } from "@/lib/exports/register/pdf";
import { insertActivities } from "@/lib/register/store";
import { createScratchDatabase } from "./databases";

const NOW = new Date();
const SIZES = [500, 5_000];

async function child(entries: number) {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) throw new Error("set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres");
  const scratch = await createScratchDatabase(server, "pdf_bench");
  const handle = await openDatabase({ url: scratch.url, max: 4 });
  try {
    await runMigrations(handle);
    await handle.db.insert(organisation).values({ id: 1, name: "Vigie Télécom SA", dpoContact: "dpo@vigie.example" });
    for (let start = 0; start < entries; start += 500) {
      const batch = Array.from({ length: Math.min(500, entries - start) }, (_, k) => {
        const base = buildEntry(DEMO_REGISTER[(start + k) % DEMO_REGISTER.length]!, NOW);
        return { ...base, name: `${base.name} — ${start + k + 1}` };
      });
      await handle.db.transaction((tx) =>
        insertActivities({ tx, actor: { id: null, label: "bench" }, now: NOW }, batch, "import"),
      );
    }
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }, 10);
    let bytes = 0;
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((bytes += chunk.length), done()) });
    const actor = {
      id: randomUUID(),
      email: "bench@vigie.example",
      name: "Bench",
      role: "dpo" as const,
      locale: "fr" as const,
      expiresAt: null,
    };
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await registerPdfRenderer.render(
      { db: handle.db, actor, locale: "fr", now: NOW, timeZone: "Europe/Paris" },
      {},
      "pdf",
      sink,
    );
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    console.log(
      JSON.stringify({
        entries,
        ms: Math.round(ms),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        bytes,
        rssBefore: before.rss,
        peakRss,
        heapBefore: before.heapUsed,
        peakHeap,
      }),
    );
  } finally {
    await handle.close();
    await scratch.drop();
  }
}

function main() {
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  const results = SIZES.map((entries) => {
    const output = execFileSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", import.meta.filename, "--child", String(entries)],
      { encoding: "utf8", env: process.env },
    );
    return JSON.parse(output.trim().split("\n").at(-1)!) as {
      entries: number;
      ms: number;
      cpuMs: number;
      bytes: number;
      rssBefore: number;
      peakRss: number;
      heapBefore: number;
      peakHeap: number;
    };
  });
  for (const r of results) {
    console.log(
      `${r.entries} entries: ${(r.ms / 1000).toFixed(1)} s (${(r.cpuMs / 1000).toFixed(1)} s of CPU in this process), ${mb(r.bytes)} PDF, peak RSS ${mb(r.peakRss)} (before rendering ${mb(r.rssBefore)}), peak heap ${mb(r.peakHeap)} (before ${mb(r.heapBefore)})`,
    );
  }
  const [small, large] = results as [(typeof results)[number], (typeof results)[number]];
  console.log(
    `peak RSS ratio ${large.entries} / ${small.entries}: ${(large.peakRss / small.peakRss).toFixed(2)} (goal ≤ 1.3); peak heap ratio ${(large.peakHeap / small.peakHeap).toFixed(2)}`,
  );
}

const at = process.argv.indexOf("--child");
if (at >= 0) await child(Number(process.argv[at + 1]));
else main();
