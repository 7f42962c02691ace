import fs from "node:fs";
import path from "node:path";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { describeFailure, errorResponse, failureResponse, isDatabaseUnavailable, RouteError } from "./route-errors";

const root = path.resolve(import.meta.dirname, "..");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("route handlers under app/api", () => {
  // Health answers load balancers without credentials; next-auth's handlers are its own front door.
  const exempt = new Set(["app/api/health/route.ts", "app/api/auth/[...nextauth]/route.ts"]);
  const files = routeFiles(path.join(root, "app/api")).map((file) => path.relative(root, file));

  it("are found", () => {
    expect(files.length).toBeGreaterThan(8);
  });

  it.each(files.filter((file) => !exempt.has(file)))(
    "%s: every exported method goes through withActor or withApiKey",
    (file) => {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const methods = [...source.matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)\(/g)];
      expect(methods.length).toBeGreaterThan(0);
      // Each method's body (up to the next export) returns through one of the doors.
      const bodies = source
        .split(/(?=export async function )/)
        .filter((part) => part.startsWith("export async function "));
      for (const body of bodies) expect(body).toMatch(/return (withActor|withApiKey|withApiKeyOrActor)\(\s*request,/);
      expect(source).not.toMatch(/request\.(json|text|formData|arrayBuffer)\(/);
      expect(source).not.toMatch(/Response\.json\(\{ *(error|errors)\b/);
    },
  );
});

describe("the error body", () => {
  it("is { code, message, issues? } with the status of its code", async () => {
    const response = errorResponse("VALIDATION", "bad", [{ path: "title", message: "must not be empty" }]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: "VALIDATION",
      message: "bad",
      issues: [{ path: "title", message: "must not be empty" }],
    });
    expect(await errorResponse("NOT_FOUND", "none", []).json()).toEqual({ code: "NOT_FOUND", message: "none" });
  });

  it("answers a thrown RouteError as itself, without logging it", async () => {
    const response = failureResponse(new RouteError("PAYLOAD_TOO_LARGE", "too big"), "POST /x", "r1");
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: "PAYLOAD_TOO_LARGE", message: "too big" });
  });
});

describe("describeFailure", () => {
  const driverError = Object.assign(new Error('invalid input syntax for type uuid: "SUB-secret"'), {
    name: "PostgresError",
    code: "22P02",
  });
  const wrapped = new DrizzleQueryError(
    "select * from consent_state where subscriber_ref = $1",
    ["SUB-secret"],
    driverError,
  );

  it("keeps the SQLSTATE and drops the query, its parameters and the database's message", () => {
    const text = describeFailure(wrapped);
    expect(text).toBe("database error SQLSTATE 22P02 (PostgresError)");
    expect(text).not.toMatch(/SUB-secret|select|consent_state/);
  });

  it("keeps the message of an error that did not come from the database", () => {
    expect(describeFailure(new TypeError("x is not a function"))).toBe("TypeError: x is not a function");
  });

  it("tells an unreachable database from a failed query", () => {
    expect(
      isDatabaseUnavailable(
        new DrizzleQueryError("select 1", [], Object.assign(new Error("connect"), { code: "ECONNREFUSED" })),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("admin shutdown"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailable(wrapped)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});
