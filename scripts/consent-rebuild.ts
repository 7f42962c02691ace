import { rebuildConsent } from "@/lib/consent/ingest/rebuild";
import { runCli } from "./cli-database";

/**
 * `npm run consent:rebuild [-- --dry-run]`: recompute every subscriber's current
 * state and the daily rollups from the consent events alone, report the rows
 * that differed, and correct them (unless --dry-run). A correction commits with its audit entry.
 */
const dryRun = process.argv.includes("--dry-run");

await runCli("npm run consent:rebuild", async (handle) => {
  const started = performance.now();
  const report = await rebuildConsent(handle.db, { dryRun, actor: { id: null, label: "npm run consent:rebuild" } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${report.events} events → ${report.stateRows} current states, ${report.rollupRows} daily rollup rows (${seconds} s).`,
  );
  const differences = report.rollupDifferences + report.stateDifferences;
  if (differences === 0) {
    console.log("The stored states and rollups already matched the events: nothing to correct.");
    return;
  }
  console.log(
    `${dryRun ? "Found" : "Corrected"} ${report.rollupDifferences} rollup row(s) and ${report.stateDifferences} state row(s) that differed from the events.`,
  );
});
