import { describe, expect, it } from "vitest";
import { can, permissions, permissionsOf, roles, type Permission } from "./permissions";

// Written out by hand: a permission added to the matrix must be added here on purpose, so a new
// write cannot slip to the auditor or the security director unnoticed.
const AUDITOR: readonly Permission[] = [
  "overview:read",
  "register:read",
  "consent:read",
  "consent:lookup",
  "incidents:read",
  "exports:read",
  "exports:create",
  "exports:incidents",
  "audit:read",
  "audit:verify",
  "releases:read",
  "security:read",
];
const SECURITY: readonly Permission[] = [
  "overview:read",
  "register:read",
  "consent:read",
  "incidents:read",
  "incidents:write",
  "exports:read",
  "exports:incidents",
  "releases:read",
  "security:read",
  "security:manage",
];

describe("permission matrix", () => {
  it("gives the DPO every permission", () => {
    for (const permission of permissions) expect(can("dpo", permission)).toBe(true);
  });

  it("gives the auditor exactly its reading, exporting and verifying permissions", () => {
    expect([...permissionsOf("auditor")].sort()).toEqual([...AUDITOR].sort());
    for (const permission of permissions)
      expect(can("auditor", permission), permission).toBe(AUDITOR.includes(permission));
  });

  it("gives the security director exactly the incident writes and the readings", () => {
    expect([...permissionsOf("security")].sort()).toEqual([...SECURITY].sort());
    for (const permission of permissions)
      expect(can("security", permission), permission).toBe(SECURITY.includes(permission));
  });

  it("lets the security director export the incident reports only, the DPO and the auditor everything", () => {
    expect(roles.filter((r) => can(r, "exports:create"))).toEqual(["dpo", "auditor"]);
    expect(roles.filter((r) => can(r, "exports:incidents"))).toEqual(["dpo", "security", "auditor"]);
  });

  it("lets every role read the register, consent figures and incidents", () => {
    for (const role of roles) {
      for (const permission of ["register:read", "consent:read", "incidents:read"] as const) {
        expect(permissionsOf(role)).toContain(permission);
      }
    }
  });

  it("lets the security director and the DPO manage the security programme, which every role reads", () => {
    expect(roles.filter((r) => can(r, "security:manage"))).toEqual(["dpo", "security"]);
    expect(roles.filter((r) => can(r, "security:read"))).toEqual(["dpo", "security", "auditor"]);
  });

  it("reserves decisions, settings, user and API-key management to the DPO", () => {
    for (const permission of [
      "incidents:decide",
      "releases:manage",
      "settings:manage",
      "users:manage",
      "apiKeys:manage",
    ] as const) {
      expect(
        roles.filter((r) => can(r, permission)),
        permission,
      ).toEqual(["dpo"]);
    }
  });
});
