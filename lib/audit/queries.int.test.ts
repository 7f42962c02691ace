import { beforeAll, describe, expect, it } from "vitest";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/permissions";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import type { AuditAction, AuditEntityType } from "./events";
import { auditActionNames, listAuditEntries, recentActivity } from "./queries";
import { AUDIT_PAGE_SIZE, auditFiltersSchema } from "./schemas";
import { appendAudit } from "./write";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const filters = (raw: Record<string, string> = {}) => auditFiltersSchema.parse(raw);

let dpo: Actor;
let security: Actor;
let auditor: Actor;

async function createActor(role: Role, name: string): Promise<Actor> {
  const user = await unsafeCreateUser(db(), { role, name });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    expiresAt: user.expiresAt,
  };
}

async function log(
  actor: Actor | null,
  at: string,
  action: AuditAction,
  entityType: AuditEntityType,
  entityId: string | null,
) {
  const who = actor ? { id: actor.id, label: actorLabel(actor) } : { id: null, label: "script_import" };
  await db().transaction((tx) => appendAudit(tx, who, { action, entityType, entityId, after: { at } }, new Date(at)));
}

const seqs = (entries: { seq: number }[]) => entries.map((e) => e.seq);
const stamps = (entries: { after: unknown }[]) => entries.map((e) => (e.after as { at: string }).at);

beforeAll(async () => {
  dpo = await createActor("dpo", "Alice Martin");
  security = await createActor("security", "Bruno Petit");
  auditor = await createActor("auditor", "Chloé Ŀeroy");
  // 29 March 2026 is the switch to summer time in Paris: that day lasts 23 hours (23:00Z on the 28th to 22:00Z on the 29th).
  await log(dpo, "2026-03-28T22:59:59.000Z", "user.create", "user", "u-1"); // 28 March, 23:59:59 CET
  await log(security, "2026-03-28T23:00:00.000Z", "auth.login", "session", "s-1"); // 29 March, 00:00 CET
  await log(security, "2026-03-29T21:59:59.000Z", "auth.login", "session", "s-2"); // 29 March, 23:59:59 CEST
  await log(dpo, "2026-03-29T22:30:00.000Z", "apiKey.create", "api_key", "k-1"); // 30 March, 00:30 CEST
  await log(security, "2026-03-30T21:59:00.000Z", "user.set_locale", "user", security.id); // 30 March, 23:59 CEST
  await log(auditor, "2026-03-30T22:00:00.000Z", "audit.verify", "audit_log", null); // 31 March, 00:00 CEST
  await log(null, "2026-03-31T08:00:00.000Z", "apiKey.revoke", "api_key", "k-1");
});

describe("listAuditEntries", () => {
  it("returns entries newest first with the total", async () => {
    const page = await listAuditEntries(dpo, filters());
    expect(page.total).toBe(7);
    expect(stamps(page.entries)).toEqual([
      "2026-03-31T08:00:00.000Z",
      "2026-03-30T22:00:00.000Z",
      "2026-03-30T21:59:00.000Z",
      "2026-03-29T22:30:00.000Z",
      "2026-03-29T21:59:59.000Z",
      "2026-03-28T23:00:00.000Z",
      "2026-03-28T22:59:59.000Z",
    ]);
    expect(seqs(page.entries)).toEqual([...seqs(page.entries)].sort((a, b) => b - a));
    expect(page.entries[0]).toMatchObject({
      actorLabel: "script_import",
      action: "apiKey.revoke",
      entityType: "api_key",
      entityId: "k-1",
    });
    expect(page.entries[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("filters by actor, case-insensitively and on part of the label, with LIKE wildcards taken literally", async () => {
    expect(stamps((await listAuditEntries(auditor, filters({ actor: "alice" }))).entries)).toEqual([
      "2026-03-29T22:30:00.000Z",
      "2026-03-28T22:59:59.000Z",
    ]);
    expect((await listAuditEntries(auditor, filters({ actor: "(security)" }))).total).toBe(3);
    expect((await listAuditEntries(auditor, filters({ actor: "ŀeroy" }))).total).toBe(1);
    expect((await listAuditEntries(auditor, filters({ actor: "%" }))).total).toBe(0);
    expect((await listAuditEntries(auditor, filters({ actor: "t_i" }))).total).toBe(1); // "script_import", not "Bruno Petit"
    expect((await listAuditEntries(auditor, filters({ actor: "t%i" }))).total).toBe(0);
  });

  it("filters by action", async () => {
    const page = await listAuditEntries(dpo, filters({ action: "auth.login" }));
    expect(page.total).toBe(2);
    expect(page.entries.every((e) => e.action === "auth.login")).toBe(true);
    expect((await listAuditEntries(dpo, filters({ action: "nothing.like_this" }))).total).toBe(0);
  });

  it("filters by entity type or exact entity id", async () => {
    expect(stamps((await listAuditEntries(dpo, filters({ entity: "api_key" }))).entries)).toEqual([
      "2026-03-31T08:00:00.000Z",
      "2026-03-29T22:30:00.000Z",
    ]);
    expect((await listAuditEntries(dpo, filters({ entity: "k-1" }))).total).toBe(2);
    expect((await listAuditEntries(dpo, filters({ entity: "s-1" }))).total).toBe(1);
    expect((await listAuditEntries(dpo, filters({ entity: "s-" }))).total).toBe(0);
  });

  it("filters by days in Paris time, both ends included", async () => {
    expect(stamps((await listAuditEntries(dpo, filters({ from: "2026-03-30", to: "2026-03-30" }))).entries)).toEqual([
      "2026-03-30T21:59:00.000Z",
      "2026-03-29T22:30:00.000Z", // 22:30Z on the 29th is 00:30 on the 30th in Paris
    ]);
    expect(stamps((await listAuditEntries(dpo, filters({ to: "2026-03-28" }))).entries)).toEqual([
      "2026-03-28T22:59:59.000Z",
    ]);
    expect(stamps((await listAuditEntries(dpo, filters({ from: "2026-03-29", to: "2026-03-30" }))).entries)).toEqual([
      "2026-03-30T21:59:00.000Z",
      "2026-03-29T22:30:00.000Z",
      "2026-03-29T21:59:59.000Z",
      "2026-03-28T23:00:00.000Z",
    ]);
    expect((await listAuditEntries(dpo, filters({ from: "2026-03-31" }))).total).toBe(2);
    expect((await listAuditEntries(dpo, filters({ from: "2026-03-31", to: "2026-03-30" }))).total).toBe(0);
  });

  it("combines filters", async () => {
    const page = await listAuditEntries(
      dpo,
      filters({ actor: "bruno", action: "auth.login", from: "2026-03-29", to: "2026-03-29", entity: "s-2" }),
    );
    expect(stamps(page.entries)).toEqual(["2026-03-29T21:59:59.000Z"]);
  });

  it("paginates newest first, with totals, no entry twice and an empty page past the end", async () => {
    const extra = 2 * AUDIT_PAGE_SIZE + 17;
    await db().transaction(async (tx) => {
      for (let i = 0; i < extra; i++) {
        await appendAudit(
          tx,
          { id: dpo.id, label: actorLabel(dpo) },
          { action: "demo.seed", entityType: "organisation", entityId: String(i) },
          new Date(Date.UTC(2026, 0, 15, 9, 0, i)),
        );
      }
    });
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => listAuditEntries(auditor, filters({ action: "demo.seed", page: String(page) }))),
    );
    expect(pages.map((p) => p.total)).toEqual([extra, extra, extra, extra]);
    expect(pages.map((p) => p.entries.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 17, 0]);
    expect(pages[0]!.pageSize).toBe(AUDIT_PAGE_SIZE);
    const all = pages.flatMap((p) => p.entries);
    expect(new Set(seqs(all)).size).toBe(extra);
    expect(all.map((e) => Number(e.entityId))).toEqual(Array.from({ length: extra }, (_, i) => extra - 1 - i));
    expect((await listAuditEntries(auditor, filters())).total).toBe(7 + extra);
  });

  it("is refused to the security director", async () => {
    await expect(listAuditEntries(security, filters())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(auditActionNames(security)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("auditActionNames", () => {
  it("lists the distinct actions in the log, sorted", async () => {
    const names = await auditActionNames(auditor);
    expect(names).toEqual([...new Set(names)].sort());
    expect(names).toEqual(
      expect.arrayContaining([
        "apiKey.create",
        "apiKey.revoke",
        "audit.verify",
        "auth.login",
        "user.create",
        "user.set_locale",
      ]),
    );
  });
});

describe("recentActivity", () => {
  it("shows the security director only their own actions, newest first", async () => {
    const entries = await recentActivity(security);
    expect(stamps(entries)).toEqual([
      "2026-03-30T21:59:00.000Z",
      "2026-03-29T21:59:59.000Z",
      "2026-03-28T23:00:00.000Z",
    ]);
    expect(entries.every((e) => e.actorLabel === actorLabel(security))).toBe(true);
  });

  it("shows audit readers the whole log, newest first, up to the limit", async () => {
    const latest = await listAuditEntries(dpo, filters());
    for (const reader of [dpo, auditor]) {
      const entries = await recentActivity(reader, 5);
      expect(seqs(entries)).toEqual(seqs(latest.entries.slice(0, 5)));
    }
    expect(await recentActivity(auditor)).toHaveLength(10);
  });
});

describe("date filters on the days the clocks change in Paris", () => {
  it("end a day at local midnight on the 23-hour and the 25-hour day", async () => {
    const at = [
      "2026-03-28T23:00:00.000Z", // 29 March 00:00 CET: first instant of the 23-hour day
      "2026-03-29T21:30:00.000Z", // 29 March 23:30 CEST
      "2026-03-29T22:00:00.000Z", // 30 March 00:00 CEST
      "2026-10-24T22:00:00.000Z", // 25 October 00:00 CEST: first instant of the 25-hour day
      "2026-10-25T22:30:00.000Z", // 25 October 23:30 CET
      "2026-10-25T23:00:00.000Z", // 26 October 00:00 CET
    ];
    for (const stamp of at) await log(dpo, stamp, "user.reset_password", "user", "dst");
    const day = async (date: string) =>
      stamps((await listAuditEntries(dpo, filters({ action: "user.reset_password", from: date, to: date }))).entries);
    expect(await day("2026-03-29")).toEqual(["2026-03-29T21:30:00.000Z", "2026-03-28T23:00:00.000Z"]);
    expect(await day("2026-03-30")).toEqual(["2026-03-29T22:00:00.000Z"]);
    expect(await day("2026-10-25")).toEqual(["2026-10-25T22:30:00.000Z", "2026-10-24T22:00:00.000Z"]);
    expect(await day("2026-10-26")).toEqual(["2026-10-25T23:00:00.000Z"]);
  });
});
