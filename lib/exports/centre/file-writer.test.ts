import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { writeReportFile } from "./file-writer";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-export-writer-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A renderer writing `chunks` pages of `pageBytes`, waiting for "drain" like every renderer must. */
function pagedRenderer(chunks: number, pageBytes: number, failAt?: number) {
  return async (out: Writable) => {
    for (let i = 0; i < chunks; i++) {
      if (i === failAt) throw new Error("the report's query failed");
      const page = Buffer.alloc(pageBytes, i % 251);
      if (!out.write(page)) await once(out, "drain");
    }
  };
}

function expectedHash(chunks: number, pageBytes: number) {
  const hash = createHash("sha256");
  for (let i = 0; i < chunks; i++) hash.update(Buffer.alloc(pageBytes, i % 251));
  return hash.digest("hex");
}

describe("writing a report to its file", () => {
  it("hashes and counts the bytes as they stream, and the file on disk has that hash", async () => {
    const target = path.join(dir, "small.json");
    const result = await writeReportFile(target, pagedRenderer(10, 1000));
    expect(result).toEqual({ size: 10_000, sha256: expectedHash(10, 1000) });
    expect(createHash("sha256").update(fs.readFileSync(target)).digest("hex")).toBe(result.sha256);
    expect(fs.existsSync(`${target}.part`)).toBe(false);
  });

  it("keeps memory flat for a large file: back-pressure reaches the renderer", async () => {
    const target = path.join(dir, "large.bin");
    const pageBytes = 65_536;
    let handed = 0;
    let maxInFlight = 0;
    // 256 MB in 64 KB pages; after each page, what was handed over but is not on disk yet is what the streams hold in memory.
    const result = await writeReportFile(target, async (out) => {
      for (let i = 0; i < 4096; i++) {
        handed += pageBytes;
        if (!out.write(Buffer.alloc(pageBytes, i % 251))) await once(out, "drain");
        maxInFlight = Math.max(
          maxInFlight,
          handed - (fs.statSync(`${target}.part`, { throwIfNoEntry: false })?.size ?? 0),
        );
      }
    });
    expect(result.size).toBe(4096 * pageBytes);
    expect(fs.statSync(target).size).toBe(result.size);
    expect(maxInFlight).toBeLessThan(1024 * 1024);
    fs.rmSync(target);
  }, 60_000);

  it("leaves neither a file nor a half-file when the renderer fails midway", async () => {
    const target = path.join(dir, "failed.pdf");
    await expect(writeReportFile(target, pagedRenderer(100, 10_000, 50))).rejects.toThrow("the report's query failed");
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.existsSync(`${target}.part`)).toBe(false);
  });

  it("fails with the disk's error when the file cannot be written, and does not wait for the renderer", async () => {
    const target = path.join(dir, "missing-directory", "x.csv");
    await expect(writeReportFile(target, pagedRenderer(1000, 65_536))).rejects.toMatchObject({ code: "ENOENT" });
    expect(fs.existsSync(target)).toBe(false);
  });

  it("never overwrites an existing file", async () => {
    const target = path.join(dir, "twice.csv");
    fs.writeFileSync(`${target}.part`, "another job's bytes");
    await expect(writeReportFile(target, pagedRenderer(1, 10))).rejects.toMatchObject({ code: "EEXIST" });
    expect(fs.readFileSync(`${target}.part`, "utf8")).toBe("another job's bytes");
  });
});
