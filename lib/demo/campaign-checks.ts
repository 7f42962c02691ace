import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { actorLabel } from "@/lib/auth/actor";
import { runCampaignCheck } from "@/lib/consent/campaigns/check";
import { CsvListParser } from "@/lib/consent/campaigns/csv-list";
import { demoAccounts } from "./accounts";

const HOUR = 3_600_000;

/** The demo's campaigns: a purpose, a channel, which subscribers the list holds, and how long ago it was checked. */
const campaigns = [
  {
    purpose: "sms_email_marketing",
    channel: "sms",
    campaign: "Soldes d'hiver — SMS",
    from: 0,
    size: 2_400,
    hoursAgo: 5,
  },
  {
    purpose: "sms_email_marketing",
    channel: "email",
    campaign: "Newsletter de décembre",
    from: 1_000,
    size: 3_000,
    hoursAgo: 3,
  },
  {
    purpose: "sms_email_marketing",
    channel: "mms",
    campaign: "Catalogue de Noël — MMS",
    from: 500,
    size: 1_500,
    hoursAgo: 2,
  },
  { purpose: "telephone_canvassing", channel: "phone", campaign: "Relance fibre", from: 2_000, size: 800, hoursAgo: 1 },
];

/**
 * A few campaign lists checked by the demo DPO through the gate itself (issue 17), so the history and
 * the dashboard show them: each list mixes subscribers who consented, who refused and who were never
 * asked (references past the demo's subscribers). A campaign for `location_offers` would be refused:
 * its register entry is still a draft in the demo, which the check form shows.
 */
export async function seedCampaignChecks(db: Db, now: Date, subscribers: number): Promise<void> {
  const dpoEmail = demoAccounts.find((a) => a.role === "dpo")!.email;
  const [dpo] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.email, dpoEmail));
  if (!dpo) return;
  for (const c of campaigns) {
    const references = Array.from(
      { length: c.size },
      (_, i) => `SUB-${((c.from + i * 3) % (subscribers + 200)).toString(16).padStart(7, "0")}`,
    );
    const response = await runCampaignCheck({
      db,
      chunks: (async function* () {
        yield `subscriber_ref\n${references.join("\n")}\n`;
      })(),
      makeParser: (sink, onHeader) => {
        onHeader();
        return new CsvListParser(sink, { purpose: c.purpose, channel: c.channel, campaign: c.campaign });
      },
      answer: "ndjson",
      requester: { via: "ui", userId: dpo.id, audit: { id: dpo.id, label: actorLabel(dpo) } },
      now: new Date(now.getTime() - c.hoursAgo * HOUR),
    });
    const answer = await response.text();
    if (!answer.includes('"counts"')) throw new Error(`demo campaign check ${c.campaign} failed`);
  }
}
