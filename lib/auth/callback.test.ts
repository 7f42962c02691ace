import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback";

describe("safe callback path", () => {
  it.each([
    ["/audit-log?page=2", "/audit-log?page=2"],
    ["http://localhost:3000/users", "/users"],
    ["http://127.0.0.1:3000/users?x=1", "/users?x=1"],
    ["https://evil.example/users", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/login", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("%s -> %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
