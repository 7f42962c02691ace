import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  campaignCheckCount,
  unsafeCreateCampaignPurpose,
  unsafeCreateEntry,
  unsafeReadCampaignCheck,
  unsafeSetStates,
} from "@/lib/consent/campaigns/test-fixtures";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

let signedIn: string | null = null;
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => (signedIn ? { user: { id: signedIn } } : null),
}));

const database = useTestDatabase();
const db = () => database.current.handle.db;
const users = { dpo: "", auditor: "" };
let purposeKey = "";

async function post(csv: string, query: Record<string, string>) {
  const { POST } = await import("./route");
  return POST(
    new Request(`http://vigie.test/api/consent/campaign-checks?${new URLSearchParams(query)}`, {
      method: "POST",
      headers: { origin: "http://vigie.test", "content-type": "text/csv" },
      body: csv,
    }),
  );
}

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "campaign-check-test-secret-of-at-least-32-characters";
  users.dpo = (await unsafeCreateUser(db(), { role: "dpo" })).id;
  users.auditor = (await unsafeCreateUser(db(), { role: "auditor" })).id;
  const purpose = await unsafeCreateCampaignPurpose(db(), { registerRefs: [await unsafeCreateEntry(db())] });
  purposeKey = purpose.key;
  await unsafeSetStates(db(), purpose.id, { "SUB-1": true, "SUB-2": false });
});

describe("POST /api/consent/campaign-checks (the UI's check)", () => {
  it("checks a CSV for the DPO, answers NDJSON and records the check under the user", async () => {
    signedIn = users.dpo;
    const response = await post('subscriber_ref\nSUB-1\nSUB-2\n"SUB-3";note\n', {
      purpose: purposeKey,
      channel: "email",
      campaign: "Newsletter de décembre",
    });
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);
    const { checkId } = lines[0] as { checkId: string };
    expect(lines.slice(1)).toEqual([
      "SUB-1",
      { checkId, counts: { received: 3, distinct: 3, allowed: 1, refused: 2, unknown: 1 } },
    ]);
    expect(await unsafeReadCampaignCheck(db(), checkId)).toMatchObject({
      via: "ui",
      userId: users.dpo,
      apiKeyId: null,
    });
    const [entry] = (await auditEntries(db(), "consent.check")).slice(-1);
    expect(entry).toMatchObject({ actorId: users.dpo, entityId: checkId });
  });

  it("names the query parameter at fault", async () => {
    signedIn = users.dpo;
    const response = await post("SUB-1\n", { purpose: purposeKey, channel: "fax", campaign: "x" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("channel");
  });

  it("refuses the auditor (403, access.denied), recording no check", async () => {
    signedIn = users.auditor;
    const before = { checks: await campaignCheckCount(db()), audit: await auditCount(db()) };
    const response = await post("SUB-1\n", { purpose: purposeKey, channel: "sms", campaign: "x" });
    expect(response.status).toBe(403);
    expect(await campaignCheckCount(db())).toBe(before.checks);
    expect((await auditEntries(db(), "access.denied")).at(-1)).toMatchObject({ actorId: users.auditor });
  });
});
