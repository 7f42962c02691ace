import { describe, expect, it } from "vitest";
import en from "./messages.en.json";
import fr from "./messages.fr.json";
import { OBLIGATION_IDS } from "./obligations/obligations";
import { UNKNOWN_REGISTER_REF } from "./register-links";
import {
  AVAILABILITY_LOSS_LEVELS,
  CONFIDENTIALITY_LOSS_LEVELS,
  EASE_OF_IDENTIFICATION_LEVELS,
  INCIDENT_FIELD_ERRORS,
  INTEGRITY_LOSS_LEVELS,
  SEVERITY_DATA_TYPES,
} from "./schemas";
import { DEFAULT_SEVERITY_SUGGESTIONS, computeSeverity } from "./severity";
import { CLOCK_NOTICES, NOT_APPLICABLE_REASONS } from "./types";

/** Every key path of a nested message object, e.g. `incidents.clocks.risk_unlikely`. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

const expectedKeys = [
  ...OBLIGATION_IDS.map((id) => `incidents.obligations.${id}`),
  ...["pending", "overdue", "met", "late", "not-applicable"].map((s) => `incidents.status.${s}`),
  ...["overdue", "urgent", "normal"].map((u) => `incidents.urgency.${u}`),
  ...[...NOT_APPLICABLE_REASONS, ...CLOCK_NOTICES].map((code) => `incidents.clocks.${code}`),
  ...Object.keys(DEFAULT_SEVERITY_SUGGESTIONS).map((band) => `incidents.severity.band.${band}`),
  ...Object.values(DEFAULT_SEVERITY_SUGGESTIONS).map((s) => `incidents.severity.suggestion.${s}`),
  ...Object.values(INCIDENT_FIELD_ERRORS),
  UNKNOWN_REGISTER_REF,
  ...Object.entries({
    dataType: SEVERITY_DATA_TYPES,
    easeOfIdentification: EASE_OF_IDENTIFICATION_LEVELS,
    confidentiality: CONFIDENTIALITY_LOSS_LEVELS,
    integrity: INTEGRITY_LOSS_LEVELS,
    availability: AVAILABILITY_LOSS_LEVELS,
  }).flatMap(([field, values]) => values.map((v) => `incidents.severity.options.${field}.${v}`)),
];

describe("incident messages (fr, en)", () => {
  it("have the same keys in both languages", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(fr).sort());
  });

  it("cover every key the domain logic emits", () => {
    const severity = computeSeverity({
      dataType: "simple",
      contextAdjustment: 0,
      easeOfIdentification: "maximum",
      confidentiality: "none",
      integrity: "none",
      availability: "none",
      malicious: false,
    });
    const emitted = [...expectedKeys, ...severity.factors.map((f) => f.messageKey)];
    for (const messages of [fr, en]) {
      const keys = new Set(keyPaths(messages));
      expect(emitted.filter((k) => !keys.has(k))).toEqual([]);
    }
  });

  it("hold non-empty texts", () => {
    for (const messages of [fr, en]) {
      expect(keyPaths(messages).length).toBeGreaterThan(0);
      expect(JSON.stringify(messages)).not.toContain('""');
    }
  });
});
