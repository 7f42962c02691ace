import type { ListColumns } from "../completeness/derive";
import type { RegisterFilters, RegisterSort } from "./filters";

/** One line of the register list (client-safe DTO). */
export interface ActivityListItem {
  reference: string;
  version: number;
  name: string;
  role: ListColumns["role"];
  status: ListColumns["status"];
  legalBases: string[];
  isDpiaRequired: boolean;
  dpiaStatus: ListColumns["dpiaStatus"];
  completenessScore: number;
  nextReviewOn: string | null;
  businessOwner: string;
  isReviewOverdue: boolean;
}

export type ListItemSource = Omit<ActivityListItem, "isReviewOverdue"> &
  Pick<ListColumns, "hasSpecialData" | "hasTrafficData" | "hasLocationData" | "hasTransfers" | "missingCount">;

/** Whether an entry's review date has passed (retired entries are never overdue). */
export function isReviewOverdue(item: { status: string; nextReviewOn: string | null }, today: string): boolean {
  return item.status !== "retired" && item.nextReviewOn !== null && item.nextReviewOn < today;
}

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** The filters of the list, applied in memory (the register "as of" a date is rebuilt from versions). */
export function matchesFilters(item: ListItemSource, filters: RegisterFilters, today: string): boolean {
  if (filters.q) {
    const haystack = normalise(`${item.reference} ${item.name} ${item.businessOwner}`);
    if (
      !normalise(filters.q)
        .split(/\s+/)
        .filter(Boolean)
        .every((word) => haystack.includes(word))
    )
      return false;
  }
  if (filters.legalBasis && !item.legalBases.includes(filters.legalBasis)) return false;
  if (filters.status && item.status !== filters.status) return false;
  if (filters.role && item.role !== filters.role) return false;
  if (filters.dpia === "required" && !item.isDpiaRequired) return false;
  if (filters.dpia === "done" && item.dpiaStatus !== "done") return false;
  if (filters.dpia === "missing" && !(item.isDpiaRequired && item.dpiaStatus !== "done")) return false;
  if (filters.special && !item.hasSpecialData) return false;
  if (filters.traffic && !item.hasTrafficData) return false;
  if (filters.location && !item.hasLocationData) return false;
  if (filters.transfer && !item.hasTransfers) return false;
  if (filters.overdue && !isReviewOverdue(item, today)) return false;
  if (filters.incomplete && item.missingCount === 0) return false;
  return true;
}

const referenceNumber = (reference: string) => Number(reference.replace(/\D/g, ""));

const SORT_KEYS: Record<RegisterSort, (item: ListItemSource) => string | number> = {
  reference: (item) => referenceNumber(item.reference),
  name: (item) => normalise(item.name),
  role: (item) => item.role,
  status: (item) => item.status,
  dpia: (item) => `${item.isDpiaRequired ? 1 : 0}${item.dpiaStatus}`,
  completeness: (item) => item.completenessScore,
  nextReview: (item) => item.nextReviewOn ?? "9999-12-31",
  owner: (item) => normalise(item.businessOwner),
};

/** Sort (then by reference, for a stable order) and cut one page. */
export function sortAndPage(
  items: readonly ListItemSource[],
  filters: RegisterFilters,
  pageSize: number,
  today: string,
) {
  const key = SORT_KEYS[filters.sort];
  const sign = filters.dir === "desc" ? -1 : 1;
  const sorted = [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = ka < kb ? -1 : ka > kb ? 1 : 0;
    return sign * order || referenceNumber(a.reference) - referenceNumber(b.reference);
  });
  const page = sorted.slice((filters.page - 1) * pageSize, filters.page * pageSize);
  return { items: page.map((item) => toListItem(item, today)), total: items.length };
}

export function toListItem(item: ListItemSource, today: string): ActivityListItem {
  return {
    reference: item.reference,
    version: item.version,
    name: item.name,
    role: item.role,
    status: item.status,
    legalBases: item.legalBases,
    isDpiaRequired: item.isDpiaRequired,
    dpiaStatus: item.dpiaStatus,
    completenessScore: item.completenessScore,
    nextReviewOn: item.nextReviewOn,
    businessOwner: item.businessOwner,
    isReviewOverdue: isReviewOverdue(item, today),
  };
}
