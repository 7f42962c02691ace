/** Runs once when the server starts: opens (and in embedded mode migrates and seeds) the database. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDatabase } = await import("./lib/start-database");
  const handle = await startDatabase({ command: "vigie server (next)" });
  console.log(`[vigie] database: ${handle.driver} (${handle.location})`);
}
