import { z } from "zod";
import { text } from "@/lib/validation";

/** Audit-log filters as they appear in the page URL. */
export const auditFiltersSchema = z.object({
  actor: text().trim().max(200).optional().catch(undefined),
  action: text().trim().max(80).optional().catch(undefined),
  entity: text().trim().max(80).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const AUDIT_PAGE_SIZE = 50;
