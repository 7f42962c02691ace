import { eq, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { campaignChecks, consentPurposes } from "@/db/schema";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";

let counter = 0;

/** A register entry (active or draft) for campaign-check fixtures. */
export async function unsafeCreateEntry(db: Executor, status: "active" | "draft" = "active"): Promise<string> {
  const [row] = await insertActivities(
    { tx: db as never, actor: { id: null, label: "test" }, now: new Date() },
    [buildControllerEntry({ name: `Campagnes ${++counter}`, status })],
    "create",
  );
  return row!.reference;
}

/** A purpose allowing campaigns on `campaignChannels`, serving `registerRefs` (fixtures only). */
export async function unsafeCreateCampaignPurpose(
  db: Executor,
  values: { kind?: "consent" | "objection"; campaignChannels?: string[]; registerRefs: string[]; isActive?: boolean },
) {
  const [purpose] = await db
    .insert(consentPurposes)
    .values({
      key: `campaign_purpose_${Date.now().toString(36)}_${++counter}`,
      kind: values.kind ?? "consent",
      labelFr: `Finalité ${counter}`,
      labelEn: `Purpose ${counter}`,
      channels: ["app"],
      campaignChannels: values.campaignChannels ?? ["sms", "email"],
      registerRefs: values.registerRefs,
      isActive: values.isActive ?? true,
    })
    .returning();
  return purpose!;
}

/** Current states written directly: `true` opted in (not objecting), `false` opted out (objecting). */
export async function unsafeSetStates(db: Executor, purposeId: string, states: Record<string, boolean>): Promise<void> {
  for (const [subscriberRef, optedIn] of Object.entries(states)) {
    await db.execute(sql`insert into consent_state (subscriber_ref, purpose_id, opted_in, latest_occurred_at, latest_event_key, latest_event_id)
      values (${subscriberRef}, ${purposeId}, ${optedIn}, now(), ${++counter}, ${`evt-${counter}`})`);
  }
}

export async function campaignCheckCount(db: Executor): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from campaign_checks`));
  return row!.n;
}

export async function unsafeReadCampaignCheck(db: Executor, id: string) {
  const [row] = await db.select().from(campaignChecks).where(eq(campaignChecks.id, id));
  return row;
}
