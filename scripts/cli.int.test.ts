import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** The CLIs as an operator runs them, on an embedded data directory of their own. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-cli-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const env = { ...process.env, VIGIE_DATA_DIR: dataDir, DATABASE_URL: "" };
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env,
    encoding: "utf8",
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the command-line tools speak to people", () => {
  it("on a data directory never started: says to start Vigie once, not a failed query", () => {
    const result = run("apikey", "create", "--name", "siem", "--scopes", "incidents:write");
    expect(result.status).toBe(1);
    expect(result.output).toContain("does not exist yet. Start Vigie once");
    expect(result.output).not.toMatch(/Failed query|insert into/);
  }, 120_000);

  it("prints the message of a refused option, not its translation key", () => {
    expect(run("db-migrate").status).toBe(0);
    const result = run("apikey", "create", "--name", "t");
    expect(result.status).toBe(1);
    expect(result.output).toContain("--name: Enter a name of at least 2 characters.");
    expect(result.output).toContain("--scopes: Choose at least one scope.");
    expect(result.output).not.toContain("apiKeys.errors");
    const created = run("apikey", "create", "--name", "siem", "--scopes", "incidents:write");
    expect(created.status).toBe(0);
    expect(created.output).toMatch(/Created API key "siem"/);
  }, 180_000);
});

describe("the npm scripts the README gives an operator", () => {
  /** `npm run <name>` as typed, on a data directory of its own (the old db:seed died on `server-only`). */
  function npmRun(name: string, dir: string) {
    const env = { ...process.env, VIGIE_DATA_DIR: dir, DATABASE_URL: "", VIGIE_DEMO_CONSENT_EVENTS: "2000" };
    const result = spawnSync("npm", ["run", "-s", name], { env, encoding: "utf8", timeout: 240_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it("db:migrate then db:seed write the demo operator and print its accounts; a second seed refuses", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-seed-"));
    try {
      expect(npmRun("db:migrate", dir).status).toBe(0);
      const seeded = npmRun("db:seed", dir);
      expect(seeded.output).not.toContain("server-only");
      expect(seeded.status).toBe(0);
      expect(seeded.output).toContain("Demo data written to");
      const again = npmRun("db:seed", dir);
      expect(again.status).toBe(1);
      expect(again.output).toContain("already holds data");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
