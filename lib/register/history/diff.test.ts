import { describe, expect, it } from "vitest";

import { diffProcessingActivities, diffValues, PROCESSING_ACTIVITY_KEY_ORDER } from "./diff";
import { formatPath } from "../entry/paths";
import { buildControllerEntry } from "../test-fixtures";

const brief = (changes: ReturnType<typeof diffValues>) => changes.map((c) => [c.kind, c.path, c.before, c.after]);

describe("formatPath", () => {
  it("writes paths as people read them", () => {
    expect(formatPath(["purposes", 1, "legalBasis"])).toBe("purposes[1].legalBasis");
    expect(formatPath(["dpia", "status"])).toBe("dpia.status");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath([])).toBe("");
  });
});

describe("diffValues", () => {
  it("finds nothing between equal values", () => {
    expect(diffValues({ a: [1, { b: null }], c: "x" }, { c: "x", a: [1, { b: null }] })).toEqual([]);
    expect(diffValues(new Date("2026-01-01"), new Date("2026-01-01"))).toEqual([]);
    expect(diffValues(Number.NaN, Number.NaN)).toEqual([]);
  });

  it("reports nested changes with their path and values", () => {
    const changes = diffValues({ dpia: { status: "in_progress" } }, { dpia: { status: "done" } });
    expect(changes).toEqual([
      { path: "dpia.status", segments: ["dpia", "status"], kind: "changed", before: "in_progress", after: "done" },
    ]);
  });

  it("reports added and removed keys, treating undefined as absent", () => {
    expect(brief(diffValues({ a: 1, b: undefined }, { a: 1, c: 2 }))).toEqual([["added", "c", undefined, 2]]);
    expect(brief(diffValues({ a: 1, gone: { x: 1 } }, { a: 1 }))).toEqual([["removed", "gone", { x: 1 }, undefined]]);
    const added = diffValues({}, { x: 1 })[0];
    expect(added && "before" in added).toBe(false);
  });

  it("compares arrays of objects index by index", () => {
    const before = { purposes: [{ legalBasis: "contract" }, { legalBasis: "consent" }] };
    const after = {
      purposes: [{ legalBasis: "contract" }, { legalBasis: "legitimate_interests" }, { legalBasis: "consent" }],
    };
    expect(brief(diffValues(before, after))).toEqual([
      ["changed", "purposes[1].legalBasis", "consent", "legitimate_interests"],
      ["added", "purposes[2]", undefined, { legalBasis: "consent" }],
    ]);
    expect(brief(diffValues(after, before))).toEqual([
      ["changed", "purposes[1].legalBasis", "legitimate_interests", "consent"],
      ["removed", "purposes[2]", { legalBasis: "consent" }, undefined],
    ]);
  });

  it("compares arrays of primitives as sets", () => {
    expect(diffValues({ systems: ["BSCS", "SAP"] }, { systems: ["SAP", "BSCS"] })).toEqual([]);
    expect(brief(diffValues({ tags: ["a", "b", "c"] }, { tags: ["c", "d", "a"] }))).toEqual([
      ["removed", "tags[1]", "b", undefined],
      ["added", "tags[1]", undefined, "d"],
    ]);
    expect(brief(diffValues({ tags: ["a", "a"] }, { tags: ["a"] }))).toEqual([["removed", "tags[1]", "a", undefined]]);
  });

  it("reports a change of type as one change", () => {
    expect(brief(diffValues({ rep: null }, { rep: { name: "X" } }))).toEqual([["changed", "rep", null, { name: "X" }]]);
    expect(brief(diffValues({ v: [1] }, { v: { 0: 1 } }))).toEqual([["changed", "v", [1], { 0: 1 }]]);
    expect(brief(diffValues(1, "1"))).toEqual([["changed", "", 1, "1"]]);
  });

  it("orders keys by keyOrder, then alphabetically, whatever the insertion order", () => {
    const a = { zeta: 1, alpha: 1, name: 1 };
    const b = { name: 2, alpha: 2, zeta: 2 };
    expect(diffValues(a, b).map((c) => c.path)).toEqual(["alpha", "name", "zeta"]);
    expect(diffValues(b, a).map((c) => c.path)).toEqual(["alpha", "name", "zeta"]);
    expect(diffValues(a, b, { keyOrder: ["zeta", "name"] }).map((c) => c.path)).toEqual(["zeta", "name", "alpha"]);
  });
});

describe("diffProcessingActivities", () => {
  it("lists the changes between two versions of an entry in the form's order", () => {
    const before = buildControllerEntry();
    const after = buildControllerEntry({
      status: "retired",
      name: "Facturation (ancienne plateforme)",
      purposes: [
        before.purposes[0]!,
        { ...before.purposes[1]!, legalBasis: "legitimate_interests", balancingTest: "Test" },
      ],
      systems: ["BSCS", "Oracle Billing"],
      dpia: { ...before.dpia, status: "in_progress" },
    });
    expect(brief(diffProcessingActivities(before, after))).toEqual([
      ["changed", "name", "Facturation des abonnés mobiles", "Facturation (ancienne plateforme)"],
      ["changed", "status", "active", "retired"],
      ["changed", "purposes[1].legalBasis", "legal_obligation", "legitimate_interests"],
      ["changed", "purposes[1].balancingTest", "", "Test"],
      ["removed", "systems[1]", "SAP FI", undefined],
      ["added", "systems[1]", undefined, "Oracle Billing"],
      ["changed", "dpia.status", "not_started", "in_progress"],
    ]);
  });

  it("follows the schema's field order", () => {
    expect(PROCESSING_ACTIVITY_KEY_ORDER.slice(0, 4)).toEqual(["name", "description", "role", "status"]);
    expect(new Set(PROCESSING_ACTIVITY_KEY_ORDER).size).toBe(PROCESSING_ACTIVITY_KEY_ORDER.length);
  });
});
