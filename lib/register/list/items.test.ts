import { describe, expect, it } from "vitest";
import { registerFiltersSchema } from "./filters";
import { isReviewOverdue, matchesFilters, sortAndPage, type ListItemSource } from "./items";

const item = (overrides: Partial<ListItemSource>): ListItemSource => ({
  reference: "TRT-0001",
  version: 1,
  name: "Facturation",
  role: "controller",
  status: "active",
  legalBases: ["contract"],
  isDpiaRequired: false,
  dpiaStatus: "not_started",
  completenessScore: 100,
  nextReviewOn: "2027-01-01",
  businessOwner: "Finance",
  hasSpecialData: false,
  hasTrafficData: false,
  hasLocationData: false,
  hasTransfers: false,
  missingCount: 0,
  ...overrides,
});
const filters = (params: Record<string, string>) => registerFiltersSchema.parse(params);
const TODAY = "2026-06-01";

describe("register list filters in memory (the register as of a date)", () => {
  it("searches reference, name and owner, ignoring case and accents", () => {
    expect(matchesFilters(item({ name: "Enquêtes de satisfaction" }), filters({ q: "ENQUETES satis" }), TODAY)).toBe(
      true,
    );
    expect(matchesFilters(item({}), filters({ q: "trt-0001" }), TODAY)).toBe(true);
    expect(matchesFilters(item({}), filters({ q: "paie" }), TODAY)).toBe(false);
  });

  it("reads DPIA required / done / missing", () => {
    const missing = item({ isDpiaRequired: true, dpiaStatus: "in_progress" });
    expect(matchesFilters(missing, filters({ dpia: "missing" }), TODAY)).toBe(true);
    expect(matchesFilters(missing, filters({ dpia: "done" }), TODAY)).toBe(false);
    expect(
      matchesFilters(item({ isDpiaRequired: true, dpiaStatus: "done" }), filters({ dpia: "missing" }), TODAY),
    ).toBe(false);
  });

  it("combines flags, and never calls a retired entry overdue", () => {
    const entry = item({ hasLocationData: true, nextReviewOn: "2026-01-01", missingCount: 2 });
    expect(matchesFilters(entry, filters({ location: "1", overdue: "1", incomplete: "1" }), TODAY)).toBe(true);
    expect(matchesFilters(entry, filters({ traffic: "1" }), TODAY)).toBe(false);
    expect(isReviewOverdue({ status: "retired", nextReviewOn: "2026-01-01" }, TODAY)).toBe(false);
  });

  it("sorts with a stable tie on the reference number and cuts pages", () => {
    const items = [
      item({ reference: "TRT-0010", completenessScore: 50 }),
      item({ reference: "TRT-0009", completenessScore: 50 }),
      item({ reference: "TRT-0002", completenessScore: 80 }),
    ];
    const page = sortAndPage(items, filters({ sort: "completeness", dir: "desc" }), 2, TODAY);
    expect(page.items.map((i) => i.reference)).toEqual(["TRT-0002", "TRT-0009"]);
    expect(page.total).toBe(3);
    expect(sortAndPage(items, filters({}), 10, TODAY).items.map((i) => i.reference)).toEqual([
      "TRT-0002",
      "TRT-0009",
      "TRT-0010",
    ]);
  });
});
