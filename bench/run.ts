/**
 * `npm run bench`: every benchmark prints its figures as ratios to a baseline
 * measured in the same run, on the same database (never absolute thresholds).
 * PGlite always; PostgreSQL too when BENCH_DATABASE_URL names a server the
 * benchmark may create a database on.
 */
import { benchAuditChain } from "./audit-chain";
import { benchDatabases } from "./databases";

for await (const target of benchDatabases()) {
  console.log(`\n## ${target.label}`);
  try {
    await benchAuditChain(target.handle);
  } finally {
    await target.dispose();
  }
}
