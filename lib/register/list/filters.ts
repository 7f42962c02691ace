import { z } from "zod";
import { text } from "@/lib/validation";
import { LEGAL_BASES } from "../catalogue/legal-bases";
import { ENTRY_STATUSES, PROCESSING_ROLES } from "../schemas";

/** Columns the register list sorts on (server-side). */
export const REGISTER_SORTS = [
  "reference",
  "name",
  "role",
  "status",
  "dpia",
  "completeness",
  "nextReview",
  "owner",
] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

export const DPIA_FILTERS = ["required", "done", "missing"] as const;
export type DpiaFilter = (typeof DPIA_FILTERS)[number];

export const REGISTER_PAGE_SIZE = 25;

const yes = z.enum(["1"]).optional().catch(undefined);

/**
 * The register list's filters as they appear in the URL (`/register?status=active&traffic=1`).
 * Anything malformed is dropped rather than refused: a shared link always opens.
 */
export const registerFiltersSchema = z.object({
  q: text().trim().max(200).optional().catch(undefined),
  legalBasis: z.enum(LEGAL_BASES).optional().catch(undefined),
  status: z.enum(ENTRY_STATUSES).optional().catch(undefined),
  role: z.enum(PROCESSING_ROLES).optional().catch(undefined),
  dpia: z.enum(DPIA_FILTERS).optional().catch(undefined),
  special: yes,
  traffic: yes,
  location: yes,
  transfer: yes,
  overdue: yes,
  incomplete: yes,
  asOf: z.iso.date().optional().catch(undefined),
  sort: z.enum(REGISTER_SORTS).default("reference").catch("reference"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type RegisterFilters = z.infer<typeof registerFiltersSchema>;

const ORDER: readonly (keyof RegisterFilters)[] = [
  "q",
  "legalBasis",
  "status",
  "role",
  "dpia",
  "special",
  "traffic",
  "location",
  "transfer",
  "overdue",
  "incomplete",
  "asOf",
];

/** The list URL for filters, a sort and a page; defaults are left out so equal views share one URL. */
export function registerHref(filters: Partial<RegisterFilters>, changes: Partial<RegisterFilters> = {}): string {
  const next = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = next[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (next.sort && next.sort !== "reference") params.set("sort", next.sort);
  if (next.dir && next.dir !== "asc") params.set("dir", next.dir);
  if (next.page && next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/register?${query}` : "/register";
}
