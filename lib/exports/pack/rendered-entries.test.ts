import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import type { ReportRenderer } from "../contract";
import { AUDIT_PACK_FILES, type PlannedFile } from "./contents";
import { entriesRenderedElsewhere } from "./rendered-entries";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-rendered-entries-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

const files: PlannedFile[] = AUDIT_PACK_FILES.map((spec) => ({ spec, renderer: {} as ReportRenderer, scope: {} }));

/** A render that the test finishes (writing the file) or fails by hand. */
function deferredRender() {
  const started: string[] = [];
  const pending = new Map<string, { resolve(file: { path: string }): void; reject(error: Error): void }>();
  const render = (file: PlannedFile) => {
    started.push(file.spec.name);
    return new Promise<{ path: string }>((resolve, reject) => pending.set(file.spec.name, { resolve, reject }));
  };
  const finish = (name: string) => {
    const at = path.join(directory, name);
    fs.writeFileSync(at, `content of ${name}`);
    pending.get(name)!.resolve({ path: at });
    return at;
  };
  const fail = (name: string, message: string) => pending.get(name)!.reject(new Error(message));
  return { render, started, finish, fail };
}

async function written(write: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const bytes = buffer(out);
  await write(out);
  out.end();
  return (await bytes).toString("utf8");
}

describe("entriesRenderedElsewhere", () => {
  it("requests every file at once, longest first, and lists the entries in the pack's order", () => {
    const { render, started } = deferredRender();
    const entries = entriesRenderedElsewhere(files, render);
    expect(started.slice(0, 3)).toEqual([
      "registre-des-traitements.pdf",
      "registre-des-violations.pdf",
      "journal-audit.json",
    ]);
    expect([...started].sort()).toEqual(files.map((file) => file.spec.name).sort());
    expect(entries.map((entry) => entry.name)).toEqual(files.map((file) => file.spec.name));
    expect(entries[7]).toMatchObject({ report: "audit-log", format: "json" });
  });

  it("an entry waits for its own file only, copies it, then removes it", async () => {
    const { render, finish } = deferredRender();
    const entries = entriesRenderedElsewhere(files, render);
    const last = finish("journal-audit.json");
    expect(await written((out) => entries[7]!.write(out))).toBe("content of journal-audit.json");
    expect(fs.existsSync(last)).toBe(false);
  });

  it("any file's failure fails the entry being waited for at once, with that file's error", async () => {
    const { render, fail } = deferredRender();
    const entries = entriesRenderedElsewhere(files, render);
    const waiting = entries[0]!.write(new PassThrough());
    fail("consentement-chiffres-quotidiens.csv", "csv exploded");
    await expect(waiting).rejects.toThrow("csv exploded");
  });
});
