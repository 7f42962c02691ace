import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction, mutationOf } from "@/lib/action";
import { can, roles, type Role } from "@/lib/auth/permissions";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";

/**
 * Every server action is a public endpoint. This test finds every file that
 * declares "use server", checks that each of its exports goes through the
 * action wrapper, and that each role is allowed or refused exactly as the
 * permission matrix says — in particular the auditor can change nothing.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
/** Actions that run before a session exists and so cannot use the wrapper (they validate with zod themselves). */
const PRE_SESSION = new Set(["lib/auth/sign-in-action.ts:signInAction", "lib/auth/sign-in-action.ts:signOutAction", "lib/i18n/actions.ts:setAnonymousLocaleAction"]);

function serverActionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["node_modules", ".next", ".data", "e2e"].includes(entry.name) || entry.name.startsWith(".") ? [] : serverActionFiles(full);
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

  it("goes through the wrapper and follows the permission matrix for each role", async () => {
    let checked = 0;
    for (const file of files) {
      const relative = path.relative(ROOT, file);
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (PRE_SESSION.has(`${relative}:${name}`)) continue;
        const mutation = mutationOf(value);
        expect(mutation, `${relative}:${name} must be built with serverAction()`).toBeDefined();
        for (const role of roles) {
          const before = await auditCount(database.current.handle.db);
          // An empty input: allowed roles fail validation (nothing written), refused roles are FORBIDDEN (only access.denied written).
          const result = await executeAction(mutation!, userIds[role], {});
          const after = await auditCount(database.current.handle.db);
          if (can(role, mutation!.permission)) {
            expect(result.ok || result.code !== "FORBIDDEN", `${name} as ${role}`).toBe(true);
          } else {
            expect(result, `${name} as ${role}`).toMatchObject({ ok: false, code: "FORBIDDEN" });
            expect(after - before, `${name} as ${role} writes only access.denied`).toBe(1);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(roles.length * 6);
  });
});
