/**
 * Translated names of audit actions and entity types, with the raw name as a
 * fallback: an entry written under a name that has no label yet still shows.
 * Works with both `useTranslations("audit")` and `getTranslations("audit")`.
 */
export interface AuditTranslator {
  (key: string): string;
  has(key: string): boolean;
}

const ACTION_NAME = /^[a-z][A-Za-z_]*\.[a-z][a-z0-9_]*$/;
const ENTITY_TYPE = /^[a-z_]+$/;

export function actionLabel(t: AuditTranslator, action: string): string {
  const key = `actions.${action}`;
  return ACTION_NAME.test(action) && t.has(key) ? t(key) : action;
}

export function entityTypeLabel(t: AuditTranslator, entityType: string): string {
  const key = `entityTypes.${entityType}`;
  return ENTITY_TYPE.test(entityType) && t.has(key) ? t(key) : entityType;
}
