/**
 * Runs once when the server starts: stamps each request with its TCP peer's address (the client
 * address behind VIGIE_TRUSTED_PROXIES), opens (and in embedded mode migrates and seeds) the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressHeader } = await import("./lib/security/client-address");
  await installPeerAddressHeader();
  const { startDatabase } = await import("./lib/start-database");
  const handle = await startDatabase({ command: "vigie server (next)" });
  console.log(`[vigie] database: ${handle.driver} (${handle.location})`);
}
