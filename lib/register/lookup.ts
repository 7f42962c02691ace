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
  /** Art. 30(1)(c): the categories of data subjects (an incident's Art. 33(3)(a) prefill). */
  dataSubjectCategories: string[];
  /** The processors (Art. 28) of the entry: an incident at one of them is "the use of other providers". */
  processors: { name: string; service: string; country: string }[];
  /** Transfers outside the EU (Chapter V): the destination country and recipient. */
  transfers: { country: string; recipient: string }[];
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
  dataSubjectCategories: sql<
    string[]
  >`array(select jsonb_array_elements_text(coalesce(${pa.content} -> 'dataSubjectCategories', '[]'::jsonb)))`,
  processors: sql<
    { name: string; service: string; country: string }[]
  >`(select coalesce(jsonb_agg(jsonb_build_object('name', coalesce(p ->> 'name', ''), 'service', coalesce(p ->> 'service', ''), 'country', coalesce(p ->> 'country', ''))), '[]'::jsonb) from jsonb_array_elements(coalesce(${pa.content} -> 'processors', '[]'::jsonb)) as p)`,
  transfers: sql<
    { country: string; recipient: string }[]
  >`(select coalesce(jsonb_agg(jsonb_build_object('country', coalesce(x ->> 'country', ''), 'recipient', coalesce(x ->> 'recipient', ''))), '[]'::jsonb) from jsonb_array_elements(coalesce(${pa.content} -> 'transfers', '[]'::jsonb)) as x)`,
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

/**
 * `listEntryLinks` as JSON, kept in memory per database (issue 16: 5,000 entries are ~1 MB, read from the
 * entries' JSON content): served again while the register is unchanged — same number of entries, same
 * sum of versions (every save increments its entry's version), same latest update — so any write,
 * whichever process made it, is seen on the next request.
 */
const linksCache = new WeakMap<object, { fingerprint: string; json: string }>();

export async function entryLinksJson(actor: Actor, db: Executor = getDb()): Promise<string> {
  assertCan(actor, "register:read");
  const [state] = await db
    .select({
      entries: sql<number>`count(*)::int`,
      versions: sql<string>`coalesce(sum(${pa.version}), 0)::text`,
      latest: sql<string>`coalesce(max(${pa.updatedAt})::text, '')`,
    })
    .from(pa);
  const fingerprint = JSON.stringify(state);
  const hit = linksCache.get(db);
  if (hit?.fingerprint === fingerprint) return hit.json;
  const json = JSON.stringify(await listEntryLinks(actor, db));
  linksCache.set(db, { fingerprint, json });
  return json;
}
