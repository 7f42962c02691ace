import { describe, expect, it } from "vitest";
import { campaignRefusal, checkHeaderSchema, isContactable, type PurposeForCheck } from "./rules";

const purpose: PurposeForCheck = {
  id: "00000000-0000-4000-8000-000000000001",
  key: "sms_email_marketing",
  kind: "consent",
  isActive: true,
  campaignChannels: ["sms", "email"],
  registerRefs: ["TRT-0001", "TRT-0002"],
};
const header = { purpose: "sms_email_marketing", channel: "sms" as const, campaign: "Black Friday 2026" };
const active = new Map([
  ["TRT-0001", "active"],
  ["TRT-0002", "active"],
]);

describe("isContactable", () => {
  it("needs a yes for a consent purpose: never asked is not allowed", () => {
    expect(isContactable("consent", true)).toBe(true);
    expect(isContactable("consent", false)).toBe(false);
    expect(isContactable("consent", null)).toBe(false);
  });
  it("allows an objection purpose until the subscriber objects: never asked is allowed", () => {
    expect(isContactable("objection", true)).toBe(true);
    expect(isContactable("objection", false)).toBe(false);
    expect(isContactable("objection", null)).toBe(true);
  });
});

describe("campaignRefusal", () => {
  it("passes an active purpose, an allowed channel and active register entries", () => {
    expect(campaignRefusal(header, purpose, active)).toBeNull();
  });
  it.each([
    ["an unknown purpose", undefined, active, "purpose", "unknownPurpose"],
    ["a retired purpose", { ...purpose, isActive: false }, active, "purpose", "retiredPurpose"],
    [
      "a channel the purpose does not allow",
      { ...purpose, campaignChannels: ["email"] },
      active,
      "channel",
      "channelNotAllowed",
    ],
    [
      "a purpose with no campaign channel",
      { ...purpose, campaignChannels: [] },
      active,
      "channel",
      "channelNotAllowed",
    ],
    [
      "a draft register entry",
      purpose,
      new Map([
        ["TRT-0001", "active"],
        ["TRT-0002", "draft"],
      ]),
      "purpose.registerRefs",
      "registerNotActive",
    ],
    [
      "a missing register entry",
      purpose,
      new Map([["TRT-0001", "active"]]),
      "purpose.registerRefs",
      "registerNotActive",
    ],
    ["no register entry at all", { ...purpose, registerRefs: [] }, active, "purpose.registerRefs", "registerNotActive"],
  ] as const)("refuses %s", (_name, candidate, statuses, path, reason) => {
    expect(campaignRefusal(header, candidate, statuses)).toMatchObject({ path, reason });
  });
  it("names the inactive entries", () => {
    const refusal = campaignRefusal(
      header,
      purpose,
      new Map([
        ["TRT-0001", "retired"],
        ["TRT-0002", "active"],
      ]),
    );
    expect(refusal?.message).toContain("TRT-0001");
    expect(refusal?.message).not.toContain("TRT-0002");
  });
});

describe("checkHeaderSchema", () => {
  it("trims and accepts a header", () => {
    expect(checkHeaderSchema.parse({ ...header, campaign: "  Soldes  " }).campaign).toBe("Soldes");
  });
  it.each([
    [{ ...header, channel: "fax" }, "channel"],
    [{ ...header, campaign: "" }, "campaign"],
    [{ ...header, campaign: "x".repeat(201) }, "campaign"],
    [{ ...header, campaign: "a\u0000b" }, "campaign"],
    [{ ...header, purpose: "\ud800" }, "purpose"],
    [{ ...header, purpose: 12 }, "purpose"],
  ])("refuses %j on its field", (input, path) => {
    const parsed = checkHeaderSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });
});
