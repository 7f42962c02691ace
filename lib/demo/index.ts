import { count } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { appendAudit } from "@/lib/audit/write";
import type { Db } from "@/db/client";
import { organisation, users } from "@/db/schema";
import { DEMO_PASSWORD, demoAccounts } from "./accounts";
import { seedIncidents } from "./incidents";
import { seedRegister } from "./register";
import { seedConsent } from "./consent";
import { seedReleases } from "./releases";
import { seedSecurityProgramme } from "./security-programme";

const DAY = 86_400_000;
const SYSTEM = { id: null, label: "Vigie (demo data)" };

/** True when nobody has been created yet: the only state in which the demo is seeded automatically. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: count() }).from(users);
  return (row?.value ?? 0) === 0;
}

/**
 * The demo operator "Vigie Télécom" (fictitious). Deterministic: the same
 * content every time, dated relative to `now`. Later domains add their data here.
 */
export async function seedDemo(db: Db, now: Date, options: { consentEvents?: number } = {}): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const dpoId = await db.transaction(async (tx) => {
    // The register's history is dated in the past: it goes first so the audit log stays in time order.
    const registerEntries = await seedRegister(tx, SYSTEM, now);
    await tx
      .insert(organisation)
      .values({
        id: 1,
        name: "Vigie Télécom SA",
        timeZone: "Europe/Paris",
        dpoContact: "dpo@demo.vigie.fr — 12 rue des Antennes, 75011 Paris",
        nis2Enabled: true,
      })
      .onConflictDoNothing();
    const ids = new Map<string, string>();
    for (const account of demoAccounts) {
      const expiresAt =
        account.expiry === "in_one_year"
          ? new Date(now.getTime() + 365 * DAY)
          : account.expiry === "expired"
            ? new Date(now.getTime() - 30 * DAY)
            : null;
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash,
          expiresAt,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      ids.set(account.role, user!.id);
      const { passwordHash: _omit, ...after } = user!;
      await appendAudit(tx, SYSTEM, { action: "user.create", entityType: "user", entityId: user!.id, after }, now);
    }
    const incidentCount = await seedIncidents(tx, now, ids.get("security")!, SYSTEM);
    const securitySystems = await seedSecurityProgramme(tx, now, ids.get("security")!);
    await appendAudit(
      tx,
      SYSTEM,
      {
        action: "demo.seed",
        entityType: "organisation",
        entityId: "1",
        meta: { accounts: demoAccounts.length, registerEntries, incidents: incidentCount, securitySystems },
      },
      now,
    );
    return ids.get("dpo")!;
  });
  await seedConsent(db, now, options.consentEvents ?? 0);
  await seedReleases(db, now, dpoId);
}
