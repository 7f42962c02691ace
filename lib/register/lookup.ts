import { asc, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { processingActivities as pa } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { ProcessingActivity } from "./schemas";

/**
 * Register entries as other domains link to them (an incident's "register entries affected"):
 * reference, name, status, data-category keys and lawful bases of the current version. Retired entries are
 * included; callers mark them.
 */
export interface RegisterEntryLinkDTO {
  reference: string;
  name: string;
  status: ProcessingActivity["status"];
  dataCategories: string[];
  /** The distinct lawful bases of the current version's purposes (a consent purpose needs `consent`). */
  legalBases: string[];
}

const columns = {
  reference: pa.reference,
  name: pa.name,
  status: pa.status,
  dataCategories: sql<
    string[]
  >`array(select jsonb_array_elements_text(coalesce(${pa.content} -> 'dataCategories', '[]'::jsonb)))`,
  legalBases: sql<
    string[]
  >`array(select distinct p ->> 'legalBasis' from jsonb_array_elements(coalesce(${pa.content} -> 'purposes', '[]'::jsonb)) as p where p ->> 'legalBasis' is not null order by 1)`,
};

/**
 * The entries among `references` (already normalised) that exist, in reference order. No
 * permission check: callers are the bodies of mutations, which run as their actor in `tx`.
 */
export async function unsafeFindEntriesByReferences(
  tx: Executor,
  references: readonly string[],
): Promise<RegisterEntryLinkDTO[]> {
  if (references.length === 0) return [];
  return tx
    .select(columns)
    .from(pa)
    .where(inArray(pa.reference, [...references]))
    .orderBy(asc(pa.reference));
}

/** Every entry of the register, for pickers in other domains (retired ones included). */
export async function listEntryLinks(actor: Actor, db: Executor = getDb()): Promise<RegisterEntryLinkDTO[]> {
  assertCan(actor, "register:read");
  return db.select(columns).from(pa).orderBy(asc(pa.reference));
}
