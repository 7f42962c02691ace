import { addMonths, today as dayOf } from "./calendar";
import type { Exposure, SourceKind, TestResult } from "./vocabulary";

/**
 * Intrusion-detection coverage as data: each rule says which systems it applies to and what they need.
 * A system is `covered` when every requirement of every applicable rule is met, `missing` when none is,
 * `partial` otherwise; the unmet requirements are the reasons shown. Rules are checked in order and
 * their requirements merged (a requirement two rules share counts once).
 */
export type Requirement =
  | { kind: "source"; source: SourceKind }
  | { kind: "ruleSet" }
  /** A detection test (simulated attack, purple team) no older than `maxAgeMonths`, that detected the attack. */
  | { kind: "recentTest"; maxAgeMonths: number };

export interface CoverageRule {
  id: string;
  /** Conditions, all of which must hold; an absent condition matches any system. */
  when: { exposure?: Exposure; holdsTrafficOrLocation?: boolean; holdsPersonalData?: boolean };
  requires: readonly Requirement[];
}

export const DEFAULT_COVERAGE_RULES: readonly CoverageRule[] = [
  {
    id: "personal_data_baseline",
    when: { holdsPersonalData: true },
    requires: [{ kind: "source", source: "siem_logs" }, { kind: "ruleSet" }],
  },
  {
    id: "internet_facing",
    when: { exposure: "internet" },
    requires: [
      { kind: "source", source: "network_ids" },
      { kind: "source", source: "waf" },
    ],
  },
  {
    id: "traffic_or_location",
    when: { holdsTrafficOrLocation: true },
    requires: [
      { kind: "source", source: "host_edr" },
      { kind: "recentTest", maxAgeMonths: 24 },
    ],
  },
  {
    id: "internet_facing_traffic_or_location",
    when: { exposure: "internet", holdsTrafficOrLocation: true },
    requires: [
      { kind: "source", source: "network_ids" },
      { kind: "source", source: "siem_logs" },
      { kind: "recentTest", maxAgeMonths: 12 },
    ],
  },
];

export interface CoverageInput {
  exposure: Exposure;
  holdsPersonalData: boolean;
  holdsTraffic: boolean;
  holdsLocation: boolean;
  /** Active sources only. */
  sources: readonly SourceKind[];
  ruleSetCount: number;
  tests: readonly { testedOn: string; result: TestResult }[];
}

export type CoverageLevel = "covered" | "partial" | "missing";
export type CoverageReason =
  | { code: "no_source"; source: SourceKind }
  | { code: "no_rule_set" }
  | { code: "no_recent_test"; maxAgeMonths: number; lastTestedOn: string | null };

export interface Coverage {
  level: CoverageLevel;
  /** The rules that apply to the system; none: nothing is required and the system counts as covered. */
  rules: string[];
  reasons: CoverageReason[];
}

function applies(rule: CoverageRule, system: CoverageInput): boolean {
  const { exposure, holdsTrafficOrLocation, holdsPersonalData } = rule.when;
  if (exposure !== undefined && exposure !== system.exposure) return false;
  if (holdsPersonalData !== undefined && holdsPersonalData !== system.holdsPersonalData) return false;
  const sensitive = system.holdsTraffic || system.holdsLocation;
  return holdsTrafficOrLocation === undefined || holdsTrafficOrLocation === sensitive;
}

function key(requirement: Requirement): string {
  return requirement.kind === "source" ? `source:${requirement.source}` : requirement.kind;
}

/** The latest test that detected the attack (a test that missed it proves nothing is watched). */
function lastDetectedOn(system: CoverageInput): string | null {
  const days = system.tests.filter((t) => t.result === "detected").map((t) => t.testedOn);
  return days.length ? days.sort().at(-1)! : null;
}

function unmet(requirement: Requirement, system: CoverageInput, today: string): CoverageReason | null {
  switch (requirement.kind) {
    case "source":
      return system.sources.includes(requirement.source) ? null : { code: "no_source", source: requirement.source };
    case "ruleSet":
      return system.ruleSetCount > 0 ? null : { code: "no_rule_set" };
    case "recentTest": {
      const last = lastDetectedOn(system);
      const fresh = last !== null && last <= today && addMonths(last, requirement.maxAgeMonths) > today;
      return fresh ? null : { code: "no_recent_test", maxAgeMonths: requirement.maxAgeMonths, lastTestedOn: last };
    }
  }
}

export function assessCoverage(
  system: CoverageInput,
  now: Date,
  rules: readonly CoverageRule[] = DEFAULT_COVERAGE_RULES,
  timeZone?: string,
): Coverage {
  const today = dayOf(now, timeZone);
  const applicable = rules.filter((rule) => applies(rule, system));
  // The strictest test age wins when two rules require a recent test.
  const merged = new Map<string, Requirement>();
  for (const requirement of applicable.flatMap((rule) => rule.requires)) {
    const previous = merged.get(key(requirement));
    if (
      !previous ||
      (previous.kind === "recentTest" &&
        requirement.kind === "recentTest" &&
        requirement.maxAgeMonths < previous.maxAgeMonths)
    )
      merged.set(key(requirement), requirement);
  }
  const requirements = [...merged.values()];
  const reasons = requirements.map((r) => unmet(r, system, today)).filter((r): r is CoverageReason => r !== null);
  const level: CoverageLevel =
    reasons.length === 0 ? "covered" : reasons.length === requirements.length ? "missing" : "partial";
  return { level, rules: applicable.map((rule) => rule.id), reasons };
}
