import { describe, expect, it } from "vitest";
import { can, permissions, permissionsOf, roles } from "./permissions";

const writes = permissions.filter((p) => /:(write|manage)$/.test(p));

describe("permission matrix", () => {
  it("gives the DPO every permission", () => {
    for (const permission of permissions) expect(can("dpo", permission)).toBe(true);
  });

  it("never lets the auditor change anything", () => {
    for (const permission of writes) expect(can("auditor", permission)).toBe(false);
    expect(can("auditor", "exports:create")).toBe(true);
    expect(can("auditor", "audit:read")).toBe(true);
  });

  it("lets the security director write incidents only", () => {
    expect(writes.filter((p) => can("security", p))).toEqual(["incidents:write"]);
    expect(can("security", "users:manage")).toBe(false);
    expect(can("security", "audit:read")).toBe(false);
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

  it("reserves user and API-key management to the DPO", () => {
    expect(roles.filter((r) => can(r, "users:manage"))).toEqual(["dpo"]);
    expect(roles.filter((r) => can(r, "apikeys:manage"))).toEqual(["dpo"]);
  });
});
