/**
 * The one permission matrix: every server action, route handler and query names one of these permissions; nothing
 * checks a role directly. API-key scopes are permissions too, with the same names.
 *
 * One spelling per concept: a domain is spelt as its i18n namespace (`users`, `apiKeys`, `incidents`, `register`...);
 * permissions are `<domain>:<verb>` (`apiKeys:manage`), server actions `<domain>.<verbObject>` (`users.setActive`),
 * audit actions (lib/audit/events.ts) `<entity>.<event>`: the domain in the singular (`user`, `apiKey`, `incident`;
 * `register`, `consent`, `audit` unchanged), the event in snake_case after what happened (`users.setActive` records
 * `user.deactivate` or `user.reactivate`). `auth`, `access` and `demo` are the system's events, not a domain's.
 */
export const roles = ["dpo", "security", "auditor"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "overview:read",
  "register:read",
  "register:write",
  "consent:read",
  "consent:write",
  "consent:lookup",
  /** Check a campaign list against a purpose from the UI (issue 17): the DPO's gate. */
  "consent:check",
  "incidents:read",
  "incidents:write",
  /** The DPO's decisions on an incident: notify or not, inform people or not, obligation overrides. */
  "incidents:decide",
  "exports:read",
  "exports:create",
  /** Export the incident reports only (breach register, one incident's file): the security director's share of exports. */
  "exports:incidents",
  "audit:read",
  "audit:verify",
  /** Read the anonymised statistics releases, their review and their files once approved. */
  "releases:read",
  /** Upload a release for review and decide on it (approve or reject, with a rationale): the DPO's. */
  "releases:manage",
  "users:manage",
  "apiKeys:manage",
  "settings:manage",
  /** The security programme (systems, detection coverage, audits, findings): read by the DPO, the security director and the auditor. */
  "security:read",
  /** Change the security programme: the security director's own area, and the DPO. */
  "security:manage",
] as const;
export type Permission = (typeof permissions)[number];

const matrix: Record<Role, readonly Permission[]> = {
  /** The DPO owns everything. */
  dpo: permissions,
  /** The security director runs incidents and reads the rest (not the audit log, nor personal consent proofs). */
  security: [
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
  ],
  /** The external auditor reads and exports; it changes nothing. */
  auditor: [
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
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return matrix[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return matrix[role];
}

/** Scopes an API key can carry (machines, not people). */
export const apiKeyScopes = [
  "consent:write",
  "consent:read",
  "incidents:write",
  "incidents:read",
  "register:read",
  /** Fetch the signed audit pack (`GET /api/v1/audit-pack`), built with the auditor's read rights. */
  "exports:read",
  /** The SOC pushes detection-test results, the vulnerability tracker pushes findings (`/api/v1/security/...`). */
  "security:write",
] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];
