import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * The page benchmark's baseline (bench/pages.ts): the cheapest authenticated page this build can answer —
 * it reads the session (cookie → actor, one database read) and renders one line. Outside the benchmark
 * (VIGIE_BENCH_PAGES unset) it does not exist.
 */
export default async function BenchBaselinePage() {
  if (process.env.VIGIE_BENCH_PAGES !== "1") notFound();
  const actor = await getActor();
  if (!actor) notFound();
  return <p>{actor.name}</p>;
}
