import { can, type Permission, type Role } from "@/lib/auth/permissions";

/** Every permission that changes something. */
const writePermissions = [
  "register:write",
  "consent:write",
  "incidents:write",
  "incidents:decide",
  "releases:manage",
  "users:manage",
  "apiKeys:manage",
  "settings:manage",
  "security:manage",
] as const satisfies readonly Permission[];

/** A role the permission matrix lets read but change nothing (shown with a "read-only" badge). */
export function isReadOnlyRole(role: Role): boolean {
  return !writePermissions.some((permission) => can(role, permission));
}
