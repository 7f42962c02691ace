import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { createApiKey } from "@/lib/api-keys/mutations";
import {
  campaignCheckCount,
  unsafeCreateCampaignPurpose,
  unsafeCreateEntry,
  unsafeReadCampaignCheck,
  unsafeSetStates,
} from "@/lib/consent/campaigns/test-fixtures";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { POST } from "./route";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const keys = { read: "", write: "" };
const purposes = { consent: "", objection: "", retired: "", draft: "" };
const URL_ = "http://vigie.test/api/v1/consent/check";

type Body = string | Buffer | ReadableStream<Uint8Array>;
function post(body: Body, headers: Record<string, string> = {}, key = keys.read) {
  return POST(
    new Request(URL_, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
      body: body instanceof ReadableStream ? body : new Uint8Array(Buffer.from(body)),
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
  );
}
const json = (purpose: string, refs: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ purpose, channel: "sms", campaign: "Black Friday 2026", subscriberRefs: refs, ...extra });
const ndjson = (purpose: string, lines: string[], channel = "sms") =>
  [JSON.stringify({ purpose, channel, campaign: "Relance" }), ...lines].join("\n") + "\n";

/** A body streamed in pieces of `size` bytes (chunk boundaries inside strings and escapes). */
function inPieces(text: string | Buffer, size: number): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(at, at + size)));
      at += size;
    },
  });
}

async function snapshot() {
  return { checks: await campaignCheckCount(db()), audit: await auditCount(db()) };
}

beforeAll(async () => {
  const dpo = await unsafeCreateUser(db(), { role: "dpo" });
  for (const [name, scopes] of [
    ["read", ["consent:read"]],
    ["write", ["consent:write"]],
  ] as const) {
    const result = await executeAction(createApiKey, dpo.id, { name: `Campaigns ${name}`, scopes });
    if (!result.ok) throw new Error("key creation failed");
    keys[name] = result.data.key;
  }
  const active = await unsafeCreateEntry(db(), "active");
  const draft = await unsafeCreateEntry(db(), "draft");
  const consent = await unsafeCreateCampaignPurpose(db(), { registerRefs: [active] });
  const objection = await unsafeCreateCampaignPurpose(db(), {
    kind: "objection",
    campaignChannels: ["sms"],
    registerRefs: [active],
  });
  purposes.consent = consent.key;
  purposes.objection = objection.key;
  purposes.retired = (await unsafeCreateCampaignPurpose(db(), { registerRefs: [active], isActive: false })).key;
  purposes.draft = (await unsafeCreateCampaignPurpose(db(), { registerRefs: [active, draft] })).key;
  await unsafeSetStates(db(), consent.id, { "SUB-1": true, "SUB-2": false, 'SUB-"q\\\tx': true });
  await unsafeSetStates(db(), objection.id, { "SUB-1": true, "SUB-2": false });
});

describe("POST /api/v1/consent/check", () => {
  it("answers the opted-in references of a JSON list, records the check with the list's SHA-256 and audits it", async () => {
    const refs = ["SUB-1", "SUB-2", "SUB-3", " SUB-1 ", 'SUB-"q\\\tx'];
    const before = await snapshot();
    const response = await post(json(purposes.consent, refs));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as { checkId: string; allowed: string[]; counts: unknown };
    expect(body.allowed.sort()).toEqual(["SUB-1", 'SUB-"q\\\tx'].sort());
    expect(body.counts).toEqual({ received: 5, distinct: 4, allowed: 2, refused: 2, unknown: 1 });
    expect(await snapshot()).toEqual({ checks: before.checks + 1, audit: before.audit + 1 });
    const check = await unsafeReadCampaignCheck(db(), body.checkId);
    const sha = createHash("sha256")
      .update(["SUB-1", "SUB-2", "SUB-3", "SUB-1", 'SUB-"q\\\tx'].map((r) => `${r}\n`).join(""))
      .digest("hex");
    expect(check).toMatchObject({
      channel: "sms",
      campaign: "Black Friday 2026",
      via: "api",
      userId: null,
      listSha256: sha,
    });
    expect(check?.apiKeyId).toEqual(expect.any(String));
    const [entry] = (await auditEntries(db(), "consent.check")).slice(-1);
    expect(entry).toMatchObject({ actorId: null, entityType: "campaign_check", entityId: body.checkId });
  });

  it("answers NDJSON for gzip NDJSON; never asked is allowed for an objection purpose; the counts come last", async () => {
    const body = gzipSync(ndjson(purposes.objection, ['"SUB-1"', '"SUB-2"', "", '"SUB-3"', '"SUB-\\u00e9"']));
    const response = await post(body, { "content-type": "application/x-ndjson", "content-encoding": "gzip" });
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const lines = (await response.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);
    const first = lines[0] as { checkId: string };
    expect(lines.at(-1)).toEqual({
      checkId: first.checkId,
      counts: { received: 4, distinct: 4, allowed: 3, refused: 1, unknown: 2 },
    });
    expect((lines.slice(1, -1) as string[]).sort()).toEqual(["SUB-1", "SUB-3", "SUB-é"]);
  });

  it("reads a body cut anywhere (inside strings and escapes) the same way, in any key order", async () => {
    const refs = ["SUB-1", "SUB-\\u0032", "SUB-3", "SUB-\\\\x"];
    const text = `{"subscriberRefs":[${refs.map((r) => `"${r}"`).join(" , ")}],"campaign":"Été","channel":"sms","purpose":"${purposes.consent}"}`;
    const answers = [];
    for (const size of [1, 3, 7]) {
      const body = (await (await post(inPieces(text, size))).json()) as { allowed: string[]; counts: unknown };
      answers.push({ allowed: body.allowed.sort(), counts: body.counts });
    }
    expect(answers[0]).toEqual({
      allowed: ["SUB-1"],
      counts: { received: 4, distinct: 4, allowed: 1, refused: 3, unknown: 2 },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it.each([
    ["an unknown purpose", () => json("not_a_purpose", ["SUB-1"]), "purpose"],
    ["a retired purpose", () => json(purposes.retired, ["SUB-1"]), "purpose"],
    [
      "a channel the purpose does not allow",
      () => json(purposes.objection, ["SUB-1"], { channel: "email" }),
      "channel",
    ],
    ["a purpose whose register entry is a draft", () => json(purposes.draft, ["SUB-1"]), "purpose.registerRefs"],
    ["an unknown channel", () => json(purposes.consent, ["SUB-1"], { channel: "fax" }), "channel"],
    ["a missing campaign", () => json(purposes.consent, ["SUB-1"], { campaign: " " }), "campaign"],
    ["a NUL in a reference", () => json(purposes.consent, ["SUB-1", "SUB-\u0000"]), "subscriberRefs.1"],
    [
      "a lone surrogate in a reference",
      () => `{"purpose":"${purposes.consent}","channel":"sms","campaign":"x","subscriberRefs":["SUB-1","\\ud800"]}`,
      "subscriberRefs.1",
    ],
    ["an empty reference", () => json(purposes.consent, ["  "]), "subscriberRefs.0"],
    ["a reference over 128 characters", () => json(purposes.consent, ["s".repeat(129)]), "subscriberRefs.0"],
    ["a reference that is not a string", () => json(purposes.consent, ["SUB-1", 7]), "subscriberRefs.1"],
    ["an unknown field", () => json(purposes.consent, [], { phone: "0600000000" }), "phone"],
    ["a repeated field", () => json(purposes.consent, []).replace("{", '{"campaign":"a",'), "campaign"],
    ["malformed JSON", () => `{"purpose":"${purposes.consent}","subscriberRefs":["SUB-1"`, ""],
    ["a JSON array", () => `["SUB-1"]`, ""],
    [
      "invalid UTF-8",
      () =>
        Buffer.concat([
          Buffer.from(json(purposes.consent, ["SUB-"]).slice(0, -3)),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('"]}'),
        ]),
      "",
    ],
  ])("refuses %s with 400 naming the field, recording nothing", async (_name, body, path) => {
    const before = await snapshot();
    const response = await post(body());
    expect(response.status).toBe(400);
    const error = (await response.json()) as { code: string; issues: { path: string }[] };
    expect(error.code).toBe("VALIDATION");
    expect(error.issues.map((i) => i.path)).toContain(path);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["a NUL in a line", ['"SUB-1"', '"SUB-\\u0000"'], "line 3"],
    ["a line that is not a string", ['"SUB-1"', "{}"], "line 3"],
    ["a malformed line", ['"SUB-1', '"SUB-2"'], "line 2"],
  ])("refuses NDJSON with %s, naming the line", async (_name, lines, path) => {
    const before = await snapshot();
    const response = await post(ndjson(purposes.consent, lines), { "content-type": "application/x-ndjson" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe(path);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a refused purpose in NDJSON from its header line, before reading the list", async () => {
    const response = await post(ndjson(purposes.draft, ['"SUB-1"']), { "content-type": "application/x-ndjson" });
    expect(response.status).toBe(400);
  });

  it.each([
    ["a Content-Length over 160 MB", () => post("{}", { "content-length": String(200 * 1024 * 1024) }), 413],
    [
      "a streamed body past 160 MB",
      () =>
        post(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(`{"subscriberRefs":[`));
            },
            pull(controller) {
              controller.enqueue(new Uint8Array(4 * 1024 * 1024).fill(32));
            },
          }),
        ),
      413,
    ],
    [
      "a gzip bomb (unpacks past 160 MB)",
      () => post(gzipSync(Buffer.alloc(161 * 1024 * 1024, 32)), { "content-encoding": "gzip" }),
      413,
    ],
    ["a body that is not gzip", () => post("{}", { "content-encoding": "gzip" }), 400],
    ["an unsupported Content-Encoding", () => post("{}", { "content-encoding": "br" }), 415],
    ["an unsupported Content-Type", () => post("SUB-1", { "content-type": "text/plain" }), 415],
  ] as const)("refuses %s, recording nothing", async (_name, send, status) => {
    const before = await snapshot();
    expect((await send()).status).toBe(status);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses more than 1,000,000 references with 413, recording nothing", async () => {
    const before = await snapshot();
    const lines = Buffer.from('"a"\n'.repeat(1_000_001));
    const response = await post(Buffer.concat([Buffer.from(ndjson(purposes.consent, [])), lines]), {
      "content-type": "application/x-ndjson",
    });
    expect(response.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("refuses a missing or unknown key (401) and a key without consent:read (403), recording nothing", async () => {
    const before = await snapshot();
    expect((await post(json(purposes.consent, ["SUB-1"]), {}, "vgk_unknown")).status).toBe(401);
    expect((await POST(new Request(URL_, { method: "POST", body: "{}" }))).status).toBe(401);
    expect((await post(json(purposes.consent, ["SUB-1"]), {}, keys.write)).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});
