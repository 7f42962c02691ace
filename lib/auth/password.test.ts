import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "./password";
import { passwordMentionsEmail, passwordSchema } from "./password-policy";

describe("password policy", () => {
  it("accepts a long passphrase", () => {
    expect(passwordSchema.safeParse("demo-vigie-2026").success).toBe(true);
  });

  it.each([
    ["short1!", "users.errors.passwordTooShort"],
    ["x".repeat(129), "users.errors.passwordTooLong"],
    ["Password1234", "users.errors.passwordTooCommon"],
    ["aaaabbbbaaaa", "users.errors.passwordTooSimple"],
  ])("refuses %s with %s", (password, message) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it("detects a password built on the e-mail address", () => {
    expect(passwordMentionsEmail("marie.dupont-2026!", "marie.dupont@demo.vigie.fr")).toBe(true);
    expect(passwordMentionsEmail("correct horse battery", "marie.dupont@demo.vigie.fr")).toBe(false);
  });

  it("generates passwords that satisfy the policy and differ", () => {
    const a = generatePassword();
    const b = generatePassword();
    expect(a).toHaveLength(20);
    expect(a).not.toBe(b);
    expect(passwordSchema.safeParse(a).success).toBe(true);
  });

  it("hashes with argon2id and verifies only the right password", async () => {
    const hashed = await hashPassword("demo-vigie-2026");
    expect(hashed.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hashed, "demo-vigie-2026")).toBe(true);
    expect(await verifyPassword(hashed, "demo-vigie-2027")).toBe(false);
    expect(await verifyPassword("not-a-hash", "demo-vigie-2026")).toBe(false);
  });
});
