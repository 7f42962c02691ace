/**
 * Names, one spelling per concept (the same rule heads lib/auth/permissions.ts):
 * - a domain is spelt as its i18n namespace, camelCase: `users`, `apiKeys`, `incidents`, `register`, `consent`, `audit`;
 * - permissions are `<domain>:<verb>` (`users:manage`, `apiKeys:manage`, `incidents:decide`);
 * - server-action names are `<domain>.<verbObject>` (`users.setActive`, `apiKeys.create`);
 * - audit actions are `<entity>.<event>`: the entity is the domain in the singular (`user`, `apiKey`,
 *   `incident`; `register`, `consent`, `audit` have none), the event snake_case and named after what
 *   happened — one action may record one of several events (`users.setActive` → `user.deactivate`
 *   or `user.reactivate`). `auth`, `access` and `demo` are events of the system, not of a domain.
 *
 * Every kind of audit entry Vigie writes: a closed list, so a new write cannot
 * be logged under a name nobody documented. Domains add their verbs here.
 */
export const auditActions = [
  "auth.login",
  "auth.login_failed",
  "auth.locked",
  "access.denied",
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "user.reset_password",
  "user.set_locale",
  "apiKey.create",
  "apiKey.revoke",
  "audit.verify",
  "audit.verify_pack",
  "demo.seed",
  "register.create",
  "register.update",
  "register.activate",
  "register.retire",
  "register.duplicate",
  "register.import",
  "register.api_read",
  "incident.create",
  "incident.intake",
  "incident.update",
  "incident.timeline_add",
  "incident.severity",
  "incident.decide",
  "incident.override",
  "incident.notify",
  "incident.status",
  "incident.settings",
  "consent.ingest",
  "consent.import",
  "consent.lookup",
  "consent.rebuild",
  "consent.purpose_create",
  "consent.purpose_update",
  "consent.purpose_retire",
  "consent.purpose_reactivate",
  "consent.text_version_add",
  "export.request",
  "export.create",
  "export.fail",
] as const;

export type AuditAction = (typeof auditActions)[number];

export const auditEntityTypes = [
  "user",
  "session",
  "api_key",
  "audit_log",
  "action",
  "organisation",
  "processing_activity",
  "incident",
  "consent_purpose",
  "consent_batch",
  "subscriber",
  "export",
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];
