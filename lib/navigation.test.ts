import { describe, expect, it } from "vitest";
import { navFor } from "./navigation";

describe("menu per role", () => {
  it("shows each role exactly its sections", () => {
    expect(navFor("dpo").map((i) => i.key)).toEqual([
      "overview",
      "register",
      "consent",
      "incidents",
      "security",
      "releases",
      "exports",
      "auditLog",
      "users",
    ]);
    expect(navFor("security").map((i) => i.key)).toEqual([
      "overview",
      "register",
      "consent",
      "incidents",
      "security",
      "releases",
      "exports",
    ]);
    expect(navFor("auditor").map((i) => i.key)).toEqual([
      "overview",
      "register",
      "consent",
      "incidents",
      "security",
      "releases",
      "exports",
      "auditLog",
    ]);
  });
});
