import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { useTestDatabase } from "@/lib/testing/db";
import { auditCount, auditEntries } from "@/lib/testing/fixtures";
import { consentEventKey } from "./event-key";
import { rebuildConsent } from "./rebuild";
import { recompute, type ConsentFact } from "./rollup";
import { ensurePartitions, storeEvents, type StorableEvent } from "./store-events";
import { storedRollups, storedStates, unsafeCreatePurpose } from "../test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;

const sortKey = (row: object) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
const sorted = <T extends object>(rows: readonly T[]) =>
  [...rows].map((r) => ({ ...r })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

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
            await ensurePartitions(
              db(),
              unique.map((e) => e.occurredAt),
            );
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

  it("equal a recomputation when batches on the same subscribers, and retries of a batch, are stored concurrently", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(eventArbitrary, { minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        async (batchSpecs, retried) => {
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
          await ensurePartitions(
            db(),
            batches.flat().map((e) => e.occurredAt),
          );
          // Every batch in its own transaction at the same time (separate connections on PostgreSQL), some sent twice at once (a sender's retry).
          const sent = [...batches, ...retried.map((i) => batches[i % batches.length]!)];
          await Promise.all(sent.map((batch) => db().transaction((tx) => storeEvents(tx, batch))));
          const expected = recompute(batches.flat());
          const ids = purposes.map((p) => p.id);
          expect(sorted(await storedRollups(db(), ids))).toEqual(sorted(expected.rollups));
          expect(sorted(await storedStates(db(), ids))).toEqual(sorted(expected.states));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("equal a recomputation when several batches are stored in one transaction (the UI import)", async () => {
    const purpose = await unsafeCreatePurpose(db());
    const run = Math.random().toString(36).slice(2);
    const event = (i: number, subscriber: number, minute: number, isGrant: boolean): StorableEvent => ({
      key: consentEventKey("test-sender", `t-${run}-${i}`),
      occurredAt: new Date(BASE + minute * 60_000),
      subscriberRef: `sub-${run}-${subscriber}`,
      purposeId: purpose.id,
      isGrant,
      channel: "web",
      textVersion: "v1",
      eventId: `t-${run}-${i}`,
      sender: "test-sender",
      source: null,
      proof: null,
    });
    const first = [event(0, 0, 10, true), event(1, 1, 20, true)];
    // The same subscribers again, one of them late, plus a repeat of an event of the first batch.
    const second = [event(2, 0, 30, false), event(3, 1, 5, false), event(1, 1, 20, true)];
    await ensurePartitions(
      db(),
      [...first, ...second].map((e) => e.occurredAt),
    );
    const stored = await db().transaction(async (tx) => [
      ...(await storeEvents(tx, first)),
      ...(await storeEvents(tx, second)),
    ]);
    expect(stored).toHaveLength(4);
    const expected = recompute([...first, ...second.slice(0, 2)]);
    expect(sorted(await storedRollups(db(), [purpose.id]))).toEqual(sorted(expected.rollups));
    expect(sorted(await storedStates(db(), [purpose.id]))).toEqual(sorted(expected.states));
  });

  it("store every field exactly as sent, whatever characters the sender uses", async () => {
    const { sql } = await import("drizzle-orm");
    const purpose = await unsafeCreatePurpose(db());
    const awkward = ['quote " and backslash \\ ', "{braces,comma}", "NULL", "émoji 👍 et accents", " "];
    const events: StorableEvent[] = awkward.map((text, i) => ({
      key: consentEventKey(`sender ${text}`, `id ${text} ${i}`),
      occurredAt: new Date(BASE + i * 60_000),
      subscriberRef: `sub ${text}`,
      purposeId: purpose!.id,
      isGrant: i % 2 === 0,
      channel: "app",
      textVersion: `v ${text}`,
      eventId: `id ${text} ${i}`,
      // The first event carries the batch's sender; the others their own.
      sender: i === 0 ? "sender 0" : `sender ${text}`,
      source: i === 1 ? null : text,
      proof: i === 2 ? null : { text, nested: { list: [text, 1, null] } },
    }));
    await ensurePartitions(
      db(),
      events.map((e) => e.occurredAt),
    );
    const stored = await db().transaction((tx) => storeEvents(tx, events));
    expect(stored.size).toBe(events.length);
    const rows = await db().execute(
      sql`select event_key::text as key, subscriber_ref, text_version, event_id, sender, source, proof from consent_events where purpose_id = ${purpose!.id}`,
    );
    const byKey = new Map(rowsOf<Record<string, unknown>>(rows).map((row) => [row.key, row]));
    for (const e of events) {
      expect(byKey.get(e.key)).toEqual({
        key: e.key,
        subscriber_ref: e.subscriberRef,
        text_version: e.textVersion,
        event_id: e.eventId,
        sender: e.sender,
        source: e.source,
        proof: e.proof,
      });
    }
  });

  it("rebuild corrects a damaged rollup and reports it", async () => {
    const { sql } = await import("drizzle-orm");
    await db().execute(
      sql`update consent_daily set grants = grants + 5 where ctid = (select ctid from consent_daily limit 1)`,
    );
    await db().execute(sql`delete from consent_state where ctid = (select ctid from consent_state limit 1)`);
    const audit = await auditCount(db());
    const report = await rebuildConsent(db(), { actor: { id: null, label: "npm run consent:rebuild" } });
    expect(report).toMatchObject({ rollupDifferences: 1, stateDifferences: 1 });
    expect(await auditCount(db())).toBe(audit + 1);
    expect((await auditEntries(db(), "consent.rebuild")).at(-1)).toMatchObject({
      actorId: null,
      actorLabel: "npm run consent:rebuild",
      meta: report,
    });
    expect(await rebuildConsent(db(), { dryRun: true })).toMatchObject({ rollupDifferences: 0, stateDifferences: 0 });
    expect(await rebuildConsent(db())).toMatchObject({ rollupDifferences: 0, stateDifferences: 0 });
    expect(await auditCount(db())).toBe(audit + 1);
  });
});
