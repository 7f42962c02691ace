/**
 * Every kind of audit entry Vigie writes: a closed list, so a new write cannot be logged under a name nobody
 * documented. Domains add their verbs here, spelt by the rule at the head of lib/auth/permissions.ts.
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
  "demo.seed",
  "register.create",
  "register.update",
  "register.activate",
  "register.retire",
  "register.duplicate",
  "register.import",
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
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];
