import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { processingActivities } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { decideRelease } from "@/lib/releases/mutations";
import { uploadRelease } from "@/lib/releases/upload";

/**
 * Two road-traffic releases for the city of Lyon's 12 zones (origin–destination counts per hour),
 * through the release domain's own review and decision: the first (hourly, 7:00–10:00) has small
 * far-apart flows that primary and complementary suppression blank, and is approved by the DPO;
 * the second of the same series covers 7:00–9:00 in one window, so that subtracting the first's
 * published 7:00–8:00 cells reveals the 8:00–9:00 cells the first had suppressed: flagged by
 * differencing, left for the DPO to decide.
 */
export const DEMO_SERIES = "Trafic routier Lyon";
const ZONES = Array.from({ length: 12 }, (_, i) => `LYO-${String(i + 1).padStart(2, "0")}`);
const HOURS = [7, 8, 9];

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + Math.imul(t ^ (t >>> 14), 61 | t));
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trips from `origin` to `area` in one hour: many within a zone and between neighbours, few across the city. */
export function demoTrafficCounts(): Map<string, number> {
  const random = mulberry32(2026);
  const counts = new Map<string, number>();
  for (const hour of HOURS)
    for (const [a, area] of ZONES.entries())
      for (const [o, origin] of ZONES.entries()) {
        const distance = Math.abs(a - o);
        const peak = hour === 8 ? 1.4 : 1;
        const base = distance === 0 ? 400 : distance <= 2 ? 90 / distance : 80 / distance;
        counts.set(`${hour}|${area}|${origin}`, Math.floor(base * peak * (0.5 + random())));
      }
  return counts;
}

function csv(day: Date, windows: { from: number; to: number }[], counts: Map<string, number>): string {
  const at = (hour: number) => new Date(day.getTime() + hour * 3_600_000).toISOString();
  const rows = ["area,window_start,window_end,origin_area,count"];
  for (const { from, to } of windows)
    for (const area of ZONES)
      for (const origin of ZONES) {
        let total = 0;
        for (let hour = from; hour < to; hour++) total += counts.get(`${hour}|${area}|${origin}`) ?? 0;
        rows.push(`${area},${at(from)},${at(to)},${origin},${total}`);
      }
  return rows.join("\n") + "\n";
}

async function* chunks(text: string) {
  yield Buffer.from(text);
}

export async function seedReleases(db: Db, now: Date, dpoId: string): Promise<number> {
  const [entry] = await db
    .select({ reference: processingActivities.reference, status: processingActivities.status })
    .from(processingActivities)
    .where(eq(processingActivities.name, "Statistiques de mobilité anonymisées"));
  if (!entry || entry.status !== "active") throw new Error("The demo's mobility statistics entry must be active");
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 2));
  const counts = demoTrafficCounts();
  const common = {
    series: DEMO_SERIES,
    recipient: "Métropole de Lyon — direction de la voirie",
    purpose: "Analyse du trafic routier aux heures de pointe",
    processingActivity: entry.reference,
  };
  const actor = { id: dpoId, label: "Claire Martin <dpo@demo.vigie.fr> (dpo)" };
  const hourly = HOURS.map((hour) => ({ from: hour, to: hour + 1 }));
  const first = await uploadRelease({
    db,
    actor,
    now,
    input: { ...common, name: "trafic-lyon-horaire.csv" },
    body: chunks(csv(day, hourly, counts)),
  });
  const decided = await executeAction(
    decideRelease,
    dpoId,
    {
      reference: first.reference,
      decision: "approved",
      rationale:
        "Seuil k = 10 appliqué, secret secondaire sur chaque marge vérifié exactement ; première publication de la série.",
      version: 1,
    },
    { db, now },
  );
  if (!decided.ok) throw new Error(`Demo release approval failed: ${decided.code} ${decided.message}`);
  await uploadRelease({
    db,
    actor,
    now,
    input: { ...common, name: "trafic-lyon-7h-9h.csv" },
    body: chunks(csv(day, [{ from: 7, to: 9 }], counts)),
  });
  return 2;
}
