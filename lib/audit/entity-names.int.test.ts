import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { consentPurposes, exportJobs, incidents, processingActivities } from "@/db/schema";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import type { AuditAction, AuditEntityType } from "./events";
import { listAuditEntries, recentActivity } from "./queries";
import { auditFiltersSchema } from "./schemas";
import { appendAudit } from "./write";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-11-20T10:00:00Z");
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let dpo: Actor;
let ids: Record<"incident" | "activity" | "key" | "user" | "purpose", string>;
const missing = randomUUID();

async function log(action: AuditAction, entityType: AuditEntityType, entityId: string | null) {
  await db().transaction((tx) =>
    appendAudit(tx, { id: dpo.id, label: actorLabel(dpo) }, { action, entityType, entityId }, NOW),
  );
}

beforeAll(async () => {
  const user = await unsafeCreateUser(db(), { role: "dpo", name: "Alice Martin" });
  dpo = { id: user.id, email: user.email, name: user.name, role: user.role, locale: "fr", expiresAt: null };
  const colleague = await unsafeCreateUser(db(), { role: "security", name: "Bruno Petit" });
  const [incident] = await db()
    .insert(incidents)
    .values({ reference: "INC-2026-0042", title: "Fuite de CDR chez un sous-traitant", detectedAt: NOW })
    .returning();
  const [activity] = await db()
    .insert(processingActivities)
    .values({ name: "Facturation des abonnés", role: "controller", content: {}, createdAt: NOW, updatedAt: NOW })
    .returning();
  const { row: key } = await db().transaction((tx) =>
    unsafeInsertApiKey(tx, {
      name: "SIEM Splunk production",
      scopes: ["incidents:intake"],
      createdBy: dpo.id,
      now: NOW,
    }),
  );
  const [purpose] = await db()
    .insert(consentPurposes)
    .values({
      key: "offres_partenaires",
      labelFr: "Offres des partenaires",
      labelEn: "Partner offers",
      channels: ["sms"],
    })
    .returning();
  ids = { incident: incident!.id, activity: activity!.id, key: key.id, user: colleague.id, purpose: purpose!.id };
  await log("incident.create", "incident", ids.incident);
  await log("register.create", "processing_activity", ids.activity);
  await log("apiKey.create", "api_key", ids.key);
  await log("user.update", "user", ids.user);
  await log("auth.login", "session", ids.user);
  await log("consent.purpose_update", "consent_purpose", ids.purpose);
  await log("register.update", "processing_activity", missing);
  await log("audit.verify", "audit_log", null);
});

describe("the audit log names entities instead of showing their ids", () => {
  it("names incidents and register entries by reference and title, keys and users by name", async () => {
    const { entries } = await listAuditEntries(dpo, auditFiltersSchema.parse({}));
    const byType = (type: string, id: string) => entries.find((e) => e.entityType === type && e.entityId === id);
    expect(byType("incident", ids.incident)?.entityName).toBe("INC-2026-0042 — Fuite de CDR chez un sous-traitant");
    expect(byType("processing_activity", ids.activity)?.entityName).toMatch(/^TRT-\d{4,} — Facturation des abonnés$/);
    expect(byType("api_key", ids.key)?.entityName).toBe("SIEM Splunk production");
    expect(byType("user", ids.user)?.entityName).toBe("Bruno Petit");
    expect(byType("session", ids.user)?.entityName).toBe("Bruno Petit");
    expect(byType("consent_purpose", ids.purpose)?.entityName).toBe("Offres des partenaires");
    for (const entry of entries) if (entry.entityName) expect(entry.entityName).not.toMatch(UUID);
  });

  it("leaves the name empty for an entity that no longer exists or has no id", async () => {
    const { entries } = await listAuditEntries(dpo, auditFiltersSchema.parse({}));
    expect(entries.find((e) => e.entityId === missing)?.entityName).toBeNull();
    expect(entries.find((e) => e.entityType === "audit_log")?.entityName).toBeNull();
  });

  it("names them in the reader's language on the overview's recent activity", async () => {
    const recent = await recentActivity({ ...dpo, locale: "en" }, 20);
    expect(recent.find((e) => e.entityType === "consent_purpose")?.entityName).toBe("Partner offers");
    expect(recent.find((e) => e.entityType === "incident")?.entityName).toContain("INC-2026-0042");
  });

  it("names a failed export job (no file) by its report and format as the export centre does, not by their codes", async () => {
    const [job] = await db()
      .insert(exportJobs)
      .values({
        requestedBy: dpo.id,
        requestedAt: NOW,
        report: "breach-register",
        format: "pdf",
        scope: {},
        locale: "fr",
        status: "failed",
        failure: "render_failed",
        heartbeatAt: NOW,
        finishedAt: NOW,
      })
      .returning();
    await log("export.fail", "export", job!.id);
    const { entries } = await listAuditEntries(dpo, auditFiltersSchema.parse({}));
    expect(entries.find((e) => e.entityId === job!.id)?.entityName).toBe("Registre des violations — PDF");
    const recent = await recentActivity({ ...dpo, locale: "en" }, 20);
    expect(recent.find((e) => e.entityId === job!.id)?.entityName).toBe("Breach register — PDF");
  });

  it("does not query with an id that is not a UUID (PostgreSQL would refuse it)", async () => {
    await log("apiKey.revoke", "api_key", "not-a-uuid");
    const { entries } = await listAuditEntries(dpo, auditFiltersSchema.parse({}));
    expect(entries.find((e) => e.entityId === "not-a-uuid")?.entityName).toBeNull();
  });
});
