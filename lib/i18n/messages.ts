import type { Locale } from "./locale";

/**
 * Messages of one language: the shell's, then each domain's own file
 * (`lib/<domain>/messages.<locale>.json`, one top-level key per domain), merged.
 */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all([
    import(`./messages/${locale}.json`),
    import(`../users/messages.${locale}.json`),
    import(`../api-keys/messages.${locale}.json`),
    import(`../audit/messages.${locale}.json`),
    import(`../register/messages.${locale}.json`),
    import(`../incidents/messages.${locale}.json`),
    import(`../consent/messages.${locale}.json`),
    import(`../consent/campaigns/messages.${locale}.json`),
    import(`../security-programme/messages.${locale}.json`),
    import(`../exports/pack/messages.${locale}.json`),
    import(`../exports/centre/messages.${locale}.json`),
    import(`../releases/messages.${locale}.json`),
  ]);
  return Object.assign({}, ...parts.map((part) => part.default));
}
