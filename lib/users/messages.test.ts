import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { apiKeyScopes } from "@/lib/auth/permissions";
import apiKeysEn from "@/lib/api-keys/messages.en.json";
import apiKeysFr from "@/lib/api-keys/messages.fr.json";
import shellEn from "@/lib/i18n/messages/en.json";
import shellFr from "@/lib/i18n/messages/fr.json";
import usersEn from "./messages.en.json";
import usersFr from "./messages.fr.json";

type Messages = Record<string, unknown>;
const root = path.resolve(import.meta.dirname, "../..");
const messages: Record<"fr" | "en", Messages> = {
  fr: { ...shellFr, ...usersFr, ...apiKeysFr },
  en: { ...shellEn, ...usersEn, ...apiKeysEn },
};

function leaves(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

function resolve(all: Messages, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Messages)[part] : undefined), all);
}

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs
    .readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
    .map((f) => path.join(full, f));
}

function literalKeys(files: string[], pattern: RegExp): string[] {
  const keys = new Set<string>();
  for (const file of files) for (const match of fs.readFileSync(file, "utf8").matchAll(pattern)) keys.add(match[1]!);
  return [...keys].sort();
}

describe("users and API-key messages", () => {
  it("have the same keys in French and English", () => {
    expect(leaves(usersEn).sort()).toEqual(leaves(usersFr).sort());
    expect(leaves(apiKeysEn).sort()).toEqual(leaves(apiKeysFr).sort());
  });

  it("translate every error key that the schemas, mutations and password policy can return", () => {
    const files = [
      "lib/users/schemas.ts",
      "lib/users/mutations.ts",
      "lib/auth/password.ts",
      "lib/auth/password-policy.ts",
      "lib/api-keys/schemas.ts",
      "lib/api-keys/mutations.ts",
    ].flatMap(sourceFiles);
    const keys = literalKeys(files, /["'`]((?:users|apiKeys|errors)\.errors\.[A-Za-z]+|errors\.[A-Za-z]+)["'`]/g);
    expect(keys).toContain("users.errors.lastDpo");
    expect(keys).toContain("apiKeys.errors.scopesRequired");
    expect(keys).toContain("users.errors.passwordTooShort");
    for (const locale of ["fr", "en"] as const) {
      for (const key of keys) expect(typeof resolve(messages[locale], key), `${locale}: ${key}`).toBe("string");
    }
  });

  it("have every key the pages and components name, including the ones they build", () => {
    const files = ["components/users", "components/api-keys", "app/(console)/users"].flatMap(sourceFiles);
    const literal = literalKeys(files, /["'`]((?:users|apiKeys|common|errors|roles|roleNames)\.[A-Za-z0-9_.]+)["'`]/g);
    const built = [
      ...["deactivate", "reactivate"].flatMap((verb) =>
        ["open", "label", "title", "description", "confirm", "success"].map((part) => `users.${verb}.${part}`),
      ),
      ...["active", "deactivated", "expired"].map((status) => `users.status.${status}`),
      ...["users", "apiKeys", "label"].map((tab) => `users.tabs.${tab}`),
      ...apiKeyScopes.flatMap((scope) =>
        ["label", "description"].map((part) => `apiKeys.scopes.${scope.replace(":", ".")}.${part}`),
      ),
      ...["dpo", "security", "auditor"].flatMap((role) => [`roles.${role}`, `roleNames.${role}`]),
    ];
    expect(literal.length).toBeGreaterThan(40);
    for (const locale of ["fr", "en"] as const) {
      for (const key of [...literal, ...built])
        expect(resolve(messages[locale], key), `${locale}: ${key}`).toBeDefined();
    }
  });

  it("are valid ICU messages that format with their arguments", () => {
    for (const locale of ["fr", "en"] as const) {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: messages[locale],
        timeZone: "Europe/Paris",
        onError: (error) => errors.push(`${error.code}: ${error.message}`),
      });
      for (const key of [...leaves(usersFr), ...leaves(apiKeysFr)]) {
        const text = (t as unknown as (key: string, values: Record<string, unknown>) => string)(key, {
          name: "Marie Dupont",
          email: "marie@exemple.fr",
          count: 2,
          date: "1 janv. 2027",
        });
        expect(text, `${locale}: ${key}`).not.toMatch(/[{}]/);
      }
      expect(errors).toEqual([]);
    }
  });
});
