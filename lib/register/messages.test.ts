import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { auditActions } from "@/lib/audit/events";

import { REQUIREMENTS } from "./completeness/requirements";
import en from "./messages.en.json";
import fr from "./messages.fr.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const frMessages = flatten(fr as Tree);
const enMessages = flatten(en as Tree);

/**
 * Every `register.*` key written as a string literal in the module's source files, except the
 * audit actions (`register.create`...), which are also the names of the register's mutations.
 */
function keysInSource(): string[] {
  const dir = import.meta.dirname;
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
  );
  const keys = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(dir, file), "utf8");
    for (const match of source.matchAll(/"(register\.[A-Za-z0-9_.]+)"/g)) keys.add(match[1]!);
  }
  return [...keys].filter((key) => !(auditActions as readonly string[]).includes(key)).sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("register messages", () => {
  it("has the same keys in French and English, none empty", () => {
    expect([...frMessages.keys()].sort()).toEqual([...enMessages.keys()].sort());
    for (const [key, text] of [...frMessages, ...enMessages]) expect(text.trim(), key).not.toBe("");
  });

  it("translates every key the code uses", () => {
    const used = [...keysInSource(), ...Object.values(REQUIREMENTS).map((r) => r.key)];
    expect(used.length).toBeGreaterThan(60);
    for (const key of used) {
      expect(frMessages.has(key), `fr: ${key}`).toBe(true);
      expect(enMessages.has(key), `en: ${key}`).toBe(true);
    }
  });

  it("uses the same ICU placeholders in both languages, and none in field errors", () => {
    for (const [key, text] of frMessages) {
      expect(placeholders(text), key).toEqual(placeholders(enMessages.get(key) ?? ""));
      if (key.startsWith("register.errors.")) expect(placeholders(text), key).toEqual([]);
    }
  });

  it("never lets an apostrophe start an ICU quote", () => {
    for (const [key, text] of [...frMessages, ...enMessages]) expect(text, key).not.toMatch(/'[{}#|']/);
  });
});
