import type { ApiKeyScope } from "@/lib/auth/permissions";

/** The message keys describing a scope: "consent:write" → apiKeys.scopes.consent.write.{label,description}. */
export function scopeMessageKeys(scope: ApiKeyScope) {
  const base = `apiKeys.scopes.${scope.replace(":", ".")}`;
  return { label: `${base}.label`, description: `${base}.description` };
}
