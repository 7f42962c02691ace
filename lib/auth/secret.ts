import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Embedded mode needs no configuration: without AUTH_SECRET, a session secret is generated once,
 * kept beside the data (mode 600) and put in the environment before next-auth reads it.
 */
export function ensureAuthSecret(dataDir: string): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
