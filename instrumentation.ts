/**
 * Runs once when the server starts: stamps each request with its TCP peer's address (the client
 * address behind VIGIE_TRUSTED_PROXIES), opens (and in embedded mode migrates and seeds) the database,
 * and starts the hourly purge of export files past VIGIE_EXPORT_RETENTION_DAYS.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressHeader } = await import("./lib/security/client-address");
  await installPeerAddressHeader();
  const { startDatabase } = await import("./lib/start-database");
  const handle = await startDatabase({ command: "vigie server (next)" });
  console.log(`[vigie] database: ${handle.driver} (${handle.location})`);
  const { startExportRetention } = await import("./lib/exports/centre/retention-schedule");
  startExportRetention();
}
