import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction, mutationOf } from "@/lib/action";
import { roles, type Role } from "@/lib/auth/permissions";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

/**
 * Every server action is a public endpoint. This test finds every file that declares "use server",
 * checks that each export goes through the action wrapper, and that each role is allowed or refused
 * exactly as the table below says (written by hand, not derived from the permission the action
 * declares, so a wrong declaration fails here).
 */
const ROOT = path.resolve(import.meta.dirname, "..");
/** Actions that run before a session exists and so cannot use the wrapper (they validate with zod themselves). */
const PRE_SESSION = new Set([
  "lib/auth/sign-in-action.ts:signInAction",
  "lib/auth/sign-in-action.ts:signOutAction",
  "lib/i18n/actions.ts:setAnonymousLocaleAction",
]);

const DPO: readonly Role[] = ["dpo"];
const DPO_SECURITY: readonly Role[] = ["dpo", "security"];
const DPO_AUDITOR: readonly Role[] = ["dpo", "auditor"];
const EVERYONE: readonly Role[] = roles;

/** Which roles may call each action, by the action's name. A new action fails the test until it is listed. */
const MAY_CALL: Record<string, readonly Role[]> = {
  "apiKeys.create": DPO,
  "apiKeys.revoke": DPO,
  "audit.verify": DPO_AUDITOR,
  "consent.addTextVersion": DPO,
  "consent.createPurpose": DPO,
  "consent.importEvents": DPO,
  "consent.lookup": DPO_AUDITOR,
  "consent.setPurposeActive": DPO,
  "consent.updatePurpose": DPO,
  "exports.request": DPO_AUDITOR,
  "exports.requestIncident": EVERYONE,
  "exports.verifyPack": EVERYONE,
  "incidents.addTimelineEntry": DPO_SECURITY,
  "incidents.assessNis2Impact": DPO_SECURITY,
  "incidents.assessSeverity": DPO_SECURITY,
  "incidents.changeStatus": DPO_SECURITY,
  "incidents.create": DPO_SECURITY,
  "incidents.overrideObligation": DPO,
  "incidents.recordAwareness": DPO_SECURITY,
  "incidents.recordDecision": DPO,
  "incidents.recordNotification": DPO_SECURITY,
  "incidents.updateFacts": DPO_SECURITY,
  "incidents.updateSettings": DPO,
  "register.activate": DPO,
  "register.create": DPO,
  "register.duplicate": DPO,
  "register.retire": DPO,
  "register.update": DPO,
  "releases.decide": DPO,
  "releases.updateSettings": DPO,
  "security.acceptRisk": DPO_SECURITY,
  "security.changeFindingStatus": DPO_SECURITY,
  "security.createFinding": DPO_SECURITY,
  "security.createProvider": DPO_SECURITY,
  "security.createSystem": DPO_SECURITY,
  "security.linkFindingIncident": DPO_SECURITY,
  "security.recordAudit": DPO_SECURITY,
  "security.recordDetectionTest": DPO_SECURITY,
  "security.updateSettings": DPO_SECURITY,
  "security.updateSystem": DPO_SECURITY,
  "security.verifyFinding": DPO_SECURITY,
  "users.create": DPO,
  "users.resetPassword": DPO,
  "users.setActive": DPO,
  "users.setLocale": EVERYONE,
  "users.update": DPO,
};

function serverActionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ["node_modules", ".next", ".data", "e2e"].includes(entry.name) || entry.name.startsWith(".")
        ? []
        : serverActionFiles(full);
    if (!/\.(ts|tsx)$/.test(entry.name) || entry.name.includes(".test.")) return [];
    return /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8")) ? [full] : [];
  });
}

const database = useTestDatabase();
const userIds = {} as Record<Role, string>;

beforeAll(async () => {
  for (const role of roles) userIds[role] = (await unsafeCreateUser(database.current.handle.db, { role })).id;
});

describe("every server action", () => {
  const files = [...serverActionFiles(path.join(ROOT, "lib")), ...serverActionFiles(path.join(ROOT, "app"))];

  it("is found", () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it("goes through the wrapper and lets exactly the roles of the table call it", async () => {
    const seen = new Set<string>();
    for (const file of files) {
      const relative = path.relative(ROOT, file);
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (PRE_SESSION.has(`${relative}:${name}`)) continue;
        const mutation = mutationOf(value);
        expect(mutation, `${relative}:${name} must be built with serverAction()`).toBeDefined();
        const allowed = MAY_CALL[mutation!.name];
        expect(allowed, `${relative}:${name} (${mutation!.name}) is missing from MAY_CALL`).toBeDefined();
        seen.add(mutation!.name);
        for (const role of roles) {
          const before = await auditCount(database.current.handle.db);
          // An empty input: allowed roles fail validation (nothing written), refused roles are FORBIDDEN (only access.denied written).
          const result = await executeAction(mutation!, userIds[role], {});
          const after = await auditCount(database.current.handle.db);
          if (allowed!.includes(role)) {
            expect(result.ok || result.code !== "FORBIDDEN", `${mutation!.name} as ${role} is allowed`).toBe(true);
            if (!result.ok)
              expect(after - before, `${mutation!.name} as ${role}: a refused input writes nothing`).toBe(0);
          } else {
            expect(result, `${mutation!.name} as ${role} is refused`).toMatchObject({ ok: false, code: "FORBIDDEN" });
            expect(after - before, `${mutation!.name} as ${role} writes only access.denied`).toBe(1);
          }
        }
      }
    }
    expect([...seen].sort(), "every action of MAY_CALL exists").toEqual(Object.keys(MAY_CALL).sort());
  });
});
