import { consentEventKey } from "./event-key";
import { consentEventSchema, MAX_FUTURE_MS } from "../schemas";
import type { StorableEvent } from "./store-events";

/** What ingestion needs to know of a purpose. */
export interface CataloguePurpose {
  id: string;
  isActive: boolean;
  channels: readonly string[];
  textVersions: readonly string[];
}
export type Catalogue = ReadonlyMap<string, CataloguePurpose>;

export interface EventRejection {
  index: number;
  eventId: string | null;
  /** `message` is a translation key (consent.errors.*). */
  errors: { path: string; message: string }[];
}

export interface ValidatedBatch {
  valid: StorableEvent[];
  rejected: EventRejection[];
  /** Events repeating an eventId seen earlier in the same batch. */
  duplicatesInBatch: number;
}

function eventIdOf(raw: unknown): string | null {
  const id = (raw as { eventId?: unknown } | null)?.eventId;
  return typeof id === "string" ? id.slice(0, 64) : null;
}

/**
 * Validate each event on its own (shape, then the catalogue, then the clock):
 * one bad event never blocks the others. `now` decides what "in the future" means.
 */
export function validateEvents(
  raw: readonly unknown[],
  catalogue: Catalogue,
  sender: string,
  now: Date,
): ValidatedBatch {
  const validator = eventValidator(catalogue, sender, now);
  raw.forEach(validator.check);
  return validator.batch;
}

/**
 * The same, giving the event loop back every `slice` events: the server validates one request's
 * batch (tens of milliseconds of CPU) while another request's transaction waits for its next
 * statement, which would otherwise sit idle in PostgreSQL until the whole batch is validated.
 */
export async function validateEventsInSlices(
  raw: readonly unknown[],
  catalogue: Catalogue,
  sender: string,
  now: Date,
  slice = 250,
): Promise<ValidatedBatch> {
  const validator = eventValidator(catalogue, sender, now);
  for (let start = 0; start < raw.length; start += slice) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (let index = start; index < Math.min(raw.length, start + slice); index++) validator.check(raw[index], index);
  }
  return validator.batch;
}

function eventValidator(catalogue: Catalogue, sender: string, now: Date) {
  const batch: ValidatedBatch = { valid: [], rejected: [], duplicatesInBatch: 0 };
  const { valid, rejected } = batch;
  const seen = new Set<string>();
  const check = (item: unknown, index: number) => {
    const parsed = consentEventSchema.safeParse(item);
    if (!parsed.success) {
      rejected.push({
        index,
        eventId: eventIdOf(item),
        errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      });
      return;
    }
    const event = parsed.data;
    const errors: { path: string; message: string }[] = [];
    const purpose = catalogue.get(event.purpose);
    if (!purpose) errors.push({ path: "purpose", message: "consent.errors.unknownPurpose" });
    else if (!purpose.isActive) errors.push({ path: "purpose", message: "consent.errors.retiredPurpose" });
    else {
      if (!purpose.channels.includes(event.channel))
        errors.push({ path: "channel", message: "consent.errors.channelNotAllowed" });
      if (!purpose.textVersions.includes(event.textVersion))
        errors.push({ path: "textVersion", message: "consent.errors.unknownTextVersion" });
    }
    const occurredAt = new Date(event.occurredAt);
    if (occurredAt.getTime() > now.getTime() + MAX_FUTURE_MS)
      errors.push({ path: "occurredAt", message: "consent.errors.occurredInFuture" });
    if (errors.length > 0 || !purpose) {
      rejected.push({ index, eventId: event.eventId, errors });
      return;
    }
    const key = consentEventKey(sender, event.eventId);
    if (seen.has(key)) {
      batch.duplicatesInBatch++;
      return;
    }
    seen.add(key);
    valid.push({
      key,
      occurredAt,
      subscriberRef: event.subscriberRef,
      purposeId: purpose.id,
      isGrant: event.action === "grant",
      channel: event.channel,
      textVersion: event.textVersion,
      eventId: event.eventId,
      sender,
      source: event.source ?? null,
      proof: event.proof ?? null,
    });
  };
  return { check, batch };
}
