import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/db";
import { consentEventKey } from "./ingest/event-key";
import { ensurePartitions, storeEvents, type StorableEvent } from "./ingest/store-events";
import { unsafeReadSubscriberHistory } from "./lookup";
import { unsafeCreatePurpose } from "./test-fixtures";

const database = useTestDatabase();
const db = () => database.current.handle.db;

describe("the subscriber lookup, as proof a CNIL request would accept (issue 15.7)", () => {
  it("shows each text's wording, the proof as fields, a first refusal as a refusal and the event that decided the state", async () => {
    const purpose = await unsafeCreatePurpose(db());
    const event = (
      eventId: string,
      at: string,
      isGrant: boolean,
      textVersion: string,
      proof: Record<string, unknown> | null,
    ) =>
      ({
        key: consentEventKey("cmp", eventId),
        occurredAt: new Date(at),
        subscriberRef: "SUB-PROOF",
        purposeId: purpose.id,
        isGrant,
        channel: "web",
        textVersion,
        eventId,
        sender: "cmp",
        source: "cmp-export",
        proof,
      }) satisfies StorableEvent;
    const events = [
      event("p-1", "2026-03-01T10:00:00Z", false, "v1", { ip: "203.0.113.7", form: { id: "signup", checkbox: false } }),
      event("p-2", "2026-03-05T10:00:00Z", false, "v1", null),
      event("p-3", "2026-07-01T10:00:00Z", true, "v2", { ip: "203.0.113.8", screens: ["offers", "confirm"] }),
    ];
    await ensurePartitions(
      db(),
      events.map((e) => e.occurredAt),
    );
    await db().transaction((tx) => storeEvents(tx, events));
    const history = await unsafeReadSubscriberHistory(db(), "SUB-PROOF");
    expect(history.events.map((e) => [e.eventId, e.kind, e.text])).toEqual([
      ["p-1", "firstRefusal", "Texte v1"],
      ["p-2", "repeat", "Texte v1"],
      ["p-3", "regrant", "Texte v2"],
    ]);
    expect(history.events[0]!.proofFields).toEqual([
      { field: "ip", value: "203.0.113.7" },
      { field: "form.id", value: "signup" },
      { field: "form.checkbox", value: "false" },
    ]);
    expect(history.events[2]!.proofFields).toEqual([
      { field: "ip", value: "203.0.113.8" },
      { field: "screens", value: "offers, confirm" },
    ]);
    expect(history.purposes).toMatchObject([
      {
        key: purpose.key,
        optedIn: true,
        decidedBy: { eventId: "p-3", kind: "regrant", channel: "web", textVersion: "v2", text: "Texte v2" },
      },
    ]);
  });
});
