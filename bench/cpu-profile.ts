/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its time: self time per function (with its file), and
 * per "place" — the page's own code, React's server renderer, next-intl, Next's runtime, the database
 * driver, idle/GC. `npx tsx bench/cpu-profile.ts <file.cpuprofile>` or from bench/pages.ts.
 */
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function place(url: string, name: string): string {
  if (name === "(idle)" || name === "(program)" || name === "(garbage collector)") return name;
  if (/react-dom|react-server-dom|react\.|\/react\//.test(url)) return "React (render, flight)";
  if (/next-intl|use-intl|intl-messageformat|@formatjs/.test(url)) return "next-intl / ICU messages";
  if (/node_modules\/(pg|postgres|drizzle-orm)/.test(url)) return "database driver / Drizzle";
  if (/next\/dist/.test(url)) return "Next runtime";
  if (/\.next[^/]*\/server\/(chunks|app)/.test(url)) return "application bundle (.next/server)";
  if (url.startsWith("node:") || url === "") return "Node built-ins / native";
  return url.replace(/^.*node_modules\//, "").split("/")[0] ?? url;
}

export function summariseProfile(file: string, top = 25): string {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^.*\/(node_modules|\.next[^/]*)\//, "$1/");
    const key = `${functionName || "(anonymous)"}  ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const where = place(url, functionName);
    byPlace.set(where, (byPlace.get(where) ?? 0) + micros);
  }
  const pct = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
  const lines = [`CPU profile ${file}: ${(total / 1e6).toFixed(1)} s sampled`, "", "self time by place:"];
  for (const [where, micros] of [...byPlace].sort((a, b) => b[1] - a[1])) lines.push(`  ${pct(micros)}  ${where}`);
  lines.push("", `top ${top} functions by self time:`);
  for (const [key, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${pct(micros)}  ${key}`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("cpu-profile.ts") && process.argv[2]) console.log(summariseProfile(process.argv[2]));
