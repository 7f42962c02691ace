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
    expect(() => readEnv({ VIGIE_TRUSTED_PROXIES: "10.0.0.1, proxy.example" })).toThrow(
      /VIGIE_TRUSTED_PROXIES: must be IP addresses/,
    );
    expect(readEnv({ VIGIE_TRUSTED_PROXIES: "10.0.0.0/8, ::1", VIGIE_SIGN_IN_RATE: "50" })).toMatchObject({
      VIGIE_SIGN_IN_RATE: 50,
    });
    expect(() => readEnv({ VIGIE_SIGN_IN_RATE: "0" })).toThrow(/VIGIE_SIGN_IN_RATE/);
  });

  it("keeps export files 30 days unless VIGIE_EXPORT_RETENTION_DAYS says otherwise", () => {
    expect(readEnv({}).VIGIE_EXPORT_RETENTION_DAYS).toBe(30);
    expect(readEnv({ VIGIE_EXPORT_RETENTION_DAYS: "" }).VIGIE_EXPORT_RETENTION_DAYS).toBe(30);
    expect(readEnv({ VIGIE_EXPORT_RETENTION_DAYS: "90" }).VIGIE_EXPORT_RETENTION_DAYS).toBe(90);
    expect(() => readEnv({ VIGIE_EXPORT_RETENTION_DAYS: "0" })).toThrow(/VIGIE_EXPORT_RETENTION_DAYS: must be a whole/);
    expect(() => readEnv({ VIGIE_EXPORT_RETENTION_DAYS: "1.5" })).toThrow(/VIGIE_EXPORT_RETENTION_DAYS/);
    expect(() => readEnv({ VIGIE_EXPORT_RETENTION_DAYS: "soon" })).toThrow(/VIGIE_EXPORT_RETENTION_DAYS/);
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
