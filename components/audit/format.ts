import type { AuditFilters } from "@/lib/audit/schemas";

/**
 * Pure presentation helpers for audit entries, shared by the overview card and
 * the audit-log page (server and client). No translation here: callers pass
 * the results to next-intl.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID shortened to its first 8 characters; any other identifier unchanged. */
export function shortenId(id: string): string {
  return UUID.test(id) ? `${id.slice(0, 8)}…` : id;
}

/** A SHA-256 hex hash shortened for display (the full value goes in a `title`). */
export function shortenHash(hash: string, length = 12): string {
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

export type AuditJsonPart = "before" | "after" | "meta";

export interface AuditDetailsView {
  /** Before / after / meta as indented JSON, or null when the entry has none. */
  panels: { part: AuditJsonPart; json: string | null }[];
  /** Top-level fields added, removed or changed between before and after (both objects), sorted. */
  changedFields: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
  }
  return false;
}

function prettyJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, null, 2);
}

/** What the details disclosure of an audit entry shows. */
export function auditDetailsView(entry: { before: unknown; after: unknown; meta: unknown }): AuditDetailsView {
  const { before, after } = entry;
  const changedFields =
    isPlainObject(before) && isPlainObject(after)
      ? [...new Set([...Object.keys(before), ...Object.keys(after)])]
          .filter((key) => !sameJson(before[key], after[key]))
          .sort()
      : [];
  return {
    panels: (["before", "after", "meta"] as const).map((part) => ({ part, json: prettyJson(entry[part]) })),
    changedFields,
  };
}

/** The audit-log URL for a page of the given filters; empty filters and page 1 are left out. */
export function auditLogHref(filters: Omit<AuditFilters, "page">, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "action", "entity", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/audit-log?${query}` : "/audit-log";
}
