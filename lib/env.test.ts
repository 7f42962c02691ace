import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("configuration", () => {
  it("defaults to the embedded database in .data", () => {
    const env = readEnv({});
    expect(env.VIGIE_DATA_DIR).toBe(".data");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the variable and the reason when a value is wrong", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => readEnv({ PORT: "99999" })).toThrow(/PORT/);
    expect(() => readEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32/);
  });

  it("requires AUTH_SECRET for a production server on PostgreSQL", () => {
    expect(() => readEnv({ DATABASE_URL: "postgres://db/vigie", NODE_ENV: "production" })).toThrow(
      /AUTH_SECRET: is required/,
    );
    expect(
      readEnv({ DATABASE_URL: "postgres://db/vigie", NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) })
        .DATABASE_URL,
    ).toBe("postgres://db/vigie");
  });
});
