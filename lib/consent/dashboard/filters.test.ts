import { describe, expect, it } from "vitest";
import { dashboardSearch, parseDashboardFilters } from "./filters";

describe("dashboard filters in the URL", () => {
  it("defaults to the last 12 months, all purposes and channels, by week", () => {
    expect(parseDashboardFilters(new URLSearchParams(), "2026-11-29")).toEqual({
      from: "2025-11-30",
      to: "2026-11-29",
      purposes: [],
      channels: [],
      granularity: "week",
    });
  });

  it("round-trips and drops what it does not know", () => {
    const filters = parseDashboardFilters(
      new URLSearchParams(
        "from=2026-01-01&to=2026-03-31&purposes=sms_marketing,Bad!&channels=web,fax,app&granularity=month",
      ),
      "2026-11-29",
    );
    expect(filters).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
      purposes: ["sms_marketing"],
      channels: ["app", "web"],
      granularity: "month",
    });
    expect(parseDashboardFilters(new URLSearchParams(dashboardSearch(filters)), "2026-11-29")).toEqual(filters);
  });

  it("refuses a period in the future or reversed", () => {
    expect(parseDashboardFilters(new URLSearchParams("from=2026-06-01&to=2027-01-01"), "2026-11-29")).toMatchObject({
      from: "2026-06-01",
      to: "2026-11-29",
    });
    expect(parseDashboardFilters(new URLSearchParams("from=2026-06-01&to=2026-05-01"), "2026-11-29")).toMatchObject({
      from: "2025-05-02",
      to: "2026-05-01",
    });
  });
});
