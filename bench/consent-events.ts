import { consentEventKey } from "@/lib/consent/ingest/event-key";
import { demoPurposes } from "@/lib/demo/consent-purposes";

/** A deterministic stream of consent events for the benchmark: mostly in time order, ~2 % arriving up to 30 days late. */
export interface BenchEvent {
  eventId: string;
  subscriberRef: string;
  purpose: string;
  action: "grant" | "withdraw";
  channel: string;
  occurredAt: string;
  textVersion: "v1" | "v2";
  source: string;
}

function mix(n: number): number {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

const DAY = 86_400_000;
const purposes = demoPurposes.filter((p) => !p.startsAt);

export function benchEvent(i: number, total: number, subscribers: number, end: number): BenchEvent {
  const start = end - 730 * DAY;
  const late = mix(i * 7 + 1) < 0.02 ? mix(i * 7 + 2) * 30 * DAY : 0;
  const at = Math.max(start, start + ((i + 0.5) / total) * 730 * DAY - late);
  const purpose = purposes[Math.floor(mix(i * 7 + 3) * purposes.length)]!;
  return {
    eventId: `bench-${i}`,
    subscriberRef: `SUB-${Math.floor(mix(i * 7 + 4) * subscribers)
      .toString(16)
      .padStart(7, "0")}`,
    purpose: purpose.key,
    action: mix(i * 7 + 5) < purpose.grantRate ? "grant" : "withdraw",
    channel: purpose.channels[Math.floor(mix(i * 7 + 6) * purpose.channels.length)]!,
    occurredAt: new Date(at).toISOString(),
    textVersion: at > end - 270 * DAY ? "v2" : "v1",
    source: "bench-cmp",
  };
}

/** The same event as a row of the bare table (key computed as ingestion does). */
export function bareRow(e: BenchEvent, sender: string, purposeIds: Map<string, string>): string {
  const key = consentEventKey(sender, e.eventId);
  return (
    [
      e.occurredAt,
      key,
      e.subscriberRef,
      purposeIds.get(e.purpose),
      e.action === "grant" ? "t" : "f",
      e.channel,
      e.textVersion,
      e.eventId,
      sender,
      e.source,
    ].join("\t") + "\n"
  );
}
