import { describe, expect, it } from "vitest";
import { messageKeyOr, splitFieldErrors } from "./form-errors";

describe("splitFieldErrors", () => {
  it("puts the first message of each known field on the field and the rest aside", () => {
    const split = splitFieldErrors(
      {
        email: ["users.errors.emailTaken"],
        password: ["users.errors.passwordTooShort", "users.errors.passwordTooSimple"],
        _form: ["errors.validation"],
        id: ["Invalid UUID"],
      },
      ["name", "email", "password"] as const,
    );
    expect(split).toEqual({
      fields: { email: "users.errors.emailTaken", password: "users.errors.passwordTooShort" },
      other: ["errors.validation", "Invalid UUID"],
    });
  });

  it("maps a nested path to its field, not to a field that merely shares a prefix", () => {
    expect(splitFieldErrors({ "scopes.0": ["apiKeys.errors.scopeInvalid"] }, ["scopes"] as const).fields).toEqual({
      scopes: "apiKeys.errors.scopeInvalid",
    });
    expect(splitFieldErrors({ scopesExtra: ["x.y"] }, ["scopes"] as const)).toEqual({ fields: {}, other: ["x.y"] });
  });

  it("keeps every path as its own field when the form has a field for each one", () => {
    expect(
      splitFieldErrors(
        { "purposes.0.label": ["register.errors.required", "x.y"], name: ["register.errors.required"] },
        "all",
      ),
    ).toEqual({
      fields: { "purposes.0.label": "register.errors.required", name: "register.errors.required" },
      other: [],
    });
  });

  it("accepts no field errors at all", () => {
    expect(splitFieldErrors(undefined, ["name"] as const)).toEqual({ fields: {}, other: [] });
    expect(splitFieldErrors({ name: [] }, ["name"] as const)).toEqual({ fields: {}, other: [] });
  });
});

describe("messageKeyOr", () => {
  const known = new Set(["users.errors.lastDpo", "errors.validation"]);
  const has = (key: string) => known.has(key);

  it("keeps a known key", () => {
    expect(messageKeyOr("users.errors.lastDpo", has, "errors.validation")).toBe("users.errors.lastDpo");
  });

  it.each([
    ["users.errors.unknown"],
    ["Invalid input"],
    ["Too small: expected number to be >0"],
    [""],
    [null],
    [undefined],
  ])("falls back for %s", (candidate) => {
    expect(messageKeyOr(candidate, has, "errors.validation")).toBe("errors.validation");
  });
});
