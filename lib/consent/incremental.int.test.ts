import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/db";
import { consentEventKey } from "./event-key";
import { rebuildConsent } from "./rebuild";
import { recompute, type ConsentFact } from "./rollup";
import { ensurePartitions, storeEvents, type StorableEvent } from "./store-events";
import { storedRollups, storedStates, unsafeCreatePurpose } from "./test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;

const sortKey = (row: object) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
const sorted = <T extends object>(rows: readonly T[]) => [...rows].map((r) => ({ ...r })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

// Instants around midnight in Paris and the October DST change, on a minute grid so that ties happen.
const BASE = Date.parse("2025-10-24T20:00:00Z");
const eventArbitrary = fc.record({
  subscriber: fc.integer({ min: 0, max: 3 }),
  purpose: fc.integer({ min: 0, max: 1 }),
  minute: fc.integer({ min: 0, max: 5 * 24 * 60 }).map((m) => m - (m % 7)),
  isGrant: fc.boolean(),
  channel: fc.constantFrom("app", "web", "sms"),
  textVersion: fc.constantFrom("v1", "v2"),
});

describe("incremental rollups and states", () => {
  it("equal a recomputation in event order, whatever the arrival order, duplicates and batch boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArbitrary, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 15 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 10 }),
        fc.infiniteStream(fc.nat()),
        async (specs, duplicateIndexes, batchSizes, noise) => {
          const purposes = [await unsafeCreatePurpose(db()), await unsafeCreatePurpose(db())];
          const run = Math.random().toString(36).slice(2);
          const events: StorableEvent[] = specs.map((spec, i) => {
            const eventId = `e-${run}-${i}`;
            return {
              key: consentEventKey("test-sender", eventId),
              occurredAt: new Date(BASE + spec.minute * 60_000),
              subscriberRef: `sub-${run}-${spec.subscriber}`,
              purposeId: purposes[spec.purpose]!.id,
              isGrant: spec.isGrant,
              channel: spec.channel,
              textVersion: spec.textVersion,
              eventId,
              sender: "test-sender",
              source: null,
              proof: null,
            };
          });
          // Arrival: shuffled, with retried (duplicate) events, in random batch sizes.
          const arrival = [...events, ...duplicateIndexes.map((i) => events[i % events.length]!)];
          const it = noise[Symbol.iterator]();
          for (let i = arrival.length - 1; i > 0; i--) {
            const j = it.next().value! % (i + 1);
            [arrival[i], arrival[j]] = [arrival[j]!, arrival[i]!];
          }
          let offset = 0;
          for (let b = 0; offset < arrival.length; b++) {
            const batch = arrival.slice(offset, offset + batchSizes[b % batchSizes.length]!);
            offset += batch.length;
            const unique = [...new Map(batch.map((e) => [e.key, e])).values()];
            await ensurePartitions(db(), unique.map((e) => e.occurredAt));
            await db().transaction((tx) => storeEvents(tx, unique));
          }
          const facts: ConsentFact[] = events;
          const expected = recompute(facts);
          const ids = purposes.map((p) => p.id);
          expect(sorted(await storedRollups(db(), ids))).toEqual(sorted(expected.rollups));
          expect(sorted(await storedStates(db(), ids))).toEqual(sorted(expected.states));
        },
      ),
      { numRuns: 25 },
    );
    const report = await rebuildConsent(db(), { dryRun: true });
    expect(report).toMatchObject({ rollupDifferences: 0, stateDifferences: 0 });
    expect(report.events).toBeGreaterThan(0);
  });

  it("equal a recomputation when batches on the same subscribers are stored concurrently", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(eventArbitrary, { minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 6 }), async (batchSpecs) => {
        const purposes = [await unsafeCreatePurpose(db()), await unsafeCreatePurpose(db())];
        const run = Math.random().toString(36).slice(2);
        const batches: StorableEvent[][] = batchSpecs.map((specs, b) =>
          specs.map((spec, i) => {
            const eventId = `c-${run}-${b}-${i}`;
            return {
              key: consentEventKey("test-sender", eventId),
              occurredAt: new Date(BASE + spec.minute * 60_000),
              subscriberRef: `sub-${run}-${spec.subscriber}`,
              purposeId: purposes[spec.purpose]!.id,
              isGrant: spec.isGrant,
              channel: spec.channel,
              textVersion: spec.textVersion,
              eventId,
              sender: "test-sender",
              source: null,
              proof: null,
            };
          }),
        );
        await ensurePartitions(db(), batches.flat().map((e) => e.occurredAt));
        // Every batch in its own transaction at the same time (separate connections on PostgreSQL).
        await Promise.all(batches.map((batch) => db().transaction((tx) => storeEvents(tx, batch))));
        const expected = recompute(batches.flat());
        const ids = purposes.map((p) => p.id);
        expect(sorted(await storedRollups(db(), ids))).toEqual(sorted(expected.rollups));
        expect(sorted(await storedStates(db(), ids))).toEqual(sorted(expected.states));
      }),
      { numRuns: 25 },
    );
  });

  it("rebuild corrects a damaged rollup and reports it", async () => {
    const { sql } = await import("drizzle-orm");
    await db().execute(sql`update consent_daily set grants = grants + 5 where ctid = (select ctid from consent_daily limit 1)`);
    await db().execute(sql`delete from consent_state where ctid = (select ctid from consent_state limit 1)`);
    const report = await rebuildConsent(db());
    expect(report).toMatchObject({ rollupDifferences: 1, stateDifferences: 1 });
    expect(await rebuildConsent(db(), { dryRun: true })).toMatchObject({ rollupDifferences: 0, stateDifferences: 0 });
  });
});
