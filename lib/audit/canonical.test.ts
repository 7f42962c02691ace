import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, GENESIS_HASH, hashAuditContent, toJson, type AuditContent, type Json } from "./canonical";

const entry: AuditContent = {
  seq: 7,
  id: "6f1c7f9e-2f1a-4c55-9d7e-0d7b4b1f5e10",
  occurredAt: "2026-10-25T00:30:00.000Z",
  actorId: null,
  actorLabel: "Claire Martin <dpo@demo.vigie.fr> (dpo)",
  action: "user.update",
  entityType: "user",
  entityId: "u1",
  before: { role: "security" },
  after: { role: "dpo" },
  meta: null,
  prevHash: GENESIS_HASH,
};

describe("canonical JSON", () => {
  it("sorts keys at every depth and leaves no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: "é" } })).toBe(
      '{"a":{"c":"é","d":[2,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("normalises what the database would change: dates, undefined, -0, non-finite numbers", () => {
    expect(
      toJson({ at: new Date("2026-03-29T01:00:00Z"), gone: undefined, zero: -0, inf: Infinity, list: [undefined, 1n] }),
    ).toEqual({
      at: "2026-03-29T01:00:00.000Z",
      zero: 0,
      inf: null,
      list: [null, "1"],
    });
  });

  it("gives the same text whatever the key order, as jsonb returns keys in its own order", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.string({ unit: "grapheme" }),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: "grapheme", maxLength: 6 }), tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const normal = toJson(value);
        const reversed = JSON.parse(
          JSON.stringify(normal, (_key, v) =>
            v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
          ),
        ) as Json;
        expect(canonicalJson(reversed)).toBe(canonicalJson(normal));
      }),
    );
  });
});

describe("audit entry hash", () => {
  it("is a SHA-256 that changes when any field changes", () => {
    const hash = hashAuditContent(entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditContent({ ...entry })).toBe(hash);
    for (const change of [
      { seq: 8 },
      { after: { role: "auditor" } },
      { prevHash: "1".repeat(64) },
      { occurredAt: "2026-10-25T00:30:00.001Z" },
      { actorLabel: "Someone else" },
    ]) {
      expect(hashAuditContent({ ...entry, ...change })).not.toBe(hash);
    }
  });
});
