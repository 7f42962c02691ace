import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_NAMESPACES, SHELL_NAMESPACES, type ClientMessagesArea } from "./client-messages";
import { loadMessages } from "./messages";
import { mergeMessages, pickMessages, type Messages } from "./pick-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CONSOLE = path.join(ROOT, "app/(console)");

describe("pickMessages / mergeMessages", () => {
  const catalogue: Messages = { a: { b: "B", c: { d: "D", e: "E" } }, f: "F" };
  it("keeps only the dotted paths asked for, nested as in the catalogue", () => {
    expect(pickMessages(catalogue, ["a.c.d", "f"])).toEqual({ a: { c: { d: "D" } }, f: "F" });
    expect(pickMessages(catalogue, ["a.c", "a.b"])).toEqual({ a: { b: "B", c: { d: "D", e: "E" } } });
  });
  it("refuses a path the catalogue lacks", () => {
    expect(() => pickMessages(catalogue, ["a.x"])).toThrow('No messages under "a.x"');
  });
  it("merges nested objects without changing either side", () => {
    const base: Messages = { a: { b: "B" } };
    expect(mergeMessages(base, { a: { c: { d: "D" } } })).toEqual({ a: { b: "B", c: { d: "D" } } });
    expect(base).toEqual({ a: { b: "B" } });
  });
});

/** The files a module imports (relative and "@/" paths), resolved to .ts/.tsx files. */
function imports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const found: string[] = [];
  for (const [, spec] of source.matchAll(/(?:import|export)[^"';]*?from\s+["']([^"']+)["']/g)) {
    const base = spec!.startsWith("@/")
      ? path.join(ROOT, spec!.slice(2))
      : spec!.startsWith(".")
        ? path.resolve(path.dirname(file), spec!)
        : null;
    if (!base) continue;
    const hit = ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]
      .map((ext) => base + ext)
      .find((candidate) => /\.tsx?$/.test(candidate) && fs.existsSync(candidate));
    if (hit) found.push(hit);
  }
  return found;
}

/** Every client file a page renders: "use client" modules and everything they import. */
function clientFiles(page: string): Set<string> {
  const client = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, underClient: boolean) => {
    const isClient = underClient || /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8"));
    const key = `${file}|${isClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (isClient) client.add(file);
    for (const next of imports(file)) visit(next, isClient);
  };
  visit(page, false);
  return client;
}

/** The area whose messages a page gets: its own `<ClientMessages area="…">`, else the nearest layout's. */
function areaOf(page: string): ClientMessagesArea | null {
  for (let dir = path.dirname(page); dir.startsWith(CONSOLE); dir = path.dirname(dir))
    for (const file of [...(dir === path.dirname(page) ? [page] : []), path.join(dir, "layout.tsx")])
      if (fs.existsSync(file)) {
        const found = /<ClientMessages area="([^"]+)"/.exec(fs.readFileSync(file, "utf8"));
        if (found) return found[1] as ClientMessagesArea;
      }
  return null;
}

/** Literal keys a client file translates: `const t = useTranslations("ns")` then `t("key")`, `t.rich("key")`. */
function literalKeys(file: string): { key: string; prefixOnly: boolean }[] {
  const source = fs.readFileSync(file, "utf8");
  const keys: { key: string; prefixOnly: boolean }[] = [];
  for (const [, name, namespace] of source.matchAll(/(\w+)\s*=\s*useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) {
    const call = new RegExp(`\\b${name}(?:\\.rich|\\.markup)?\\(\\s*(["\`])([^"\`$]*)(\\$\\{)?`, "g");
    for (const [, , key, dynamic] of source.matchAll(call)) {
      const full = [namespace, key?.replace(/\.$/, "")].filter(Boolean).join(".");
      if (full) keys.push({ key: full, prefixOnly: dynamic !== undefined });
    }
    if (namespace) keys.push({ key: namespace, prefixOnly: true });
  }
  return keys;
}

function has(messages: Messages, key: string, prefixOnly: boolean): boolean {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return prefixOnly ? node !== undefined : typeof node === "string";
}

const pages = (fs.readdirSync(CONSOLE, { recursive: true }) as string[])
  .filter((file) => file.endsWith("page.tsx"))
  .map((file) => path.join(CONSOLE, file));

describe.each(["fr", "en"] as const)("client messages in %s", (locale) => {
  it("every shell and area namespace exists in the catalogue", async () => {
    const catalogue = (await loadMessages(locale)) as Messages;
    expect(() => pickMessages(catalogue, SHELL_NAMESPACES)).not.toThrow();
    for (const paths of Object.values(AREA_NAMESPACES)) expect(() => pickMessages(catalogue, paths)).not.toThrow();
  });

  it.each(pages.map((page) => [path.relative(ROOT, page), page]))(
    "%s sends every literal key its client components translate",
    async (_name, page) => {
      const catalogue = (await loadMessages(locale)) as Messages;
      // A nested provider replaces the enclosing one's messages: the page gets the shell's and its area's.
      const area = areaOf(page);
      const sent = pickMessages(catalogue, [...SHELL_NAMESPACES, ...(area ? AREA_NAMESPACES[area] : [])]);
      const missing = [...clientFiles(page)].flatMap((file) =>
        literalKeys(file)
          .filter(({ key, prefixOnly }) => has(catalogue, key, prefixOnly) && !has(sent, key, prefixOnly))
          .map(({ key }) => `${path.relative(ROOT, file)}: ${key}`),
      );
      expect(missing).toEqual([]);
    },
  );
});
