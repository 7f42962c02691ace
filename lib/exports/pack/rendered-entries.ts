import fs from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { renderOrder, type PlannedFile } from "./contents";
import type { PackEntrySource } from "./write-pack";

/** Renders one of the pack's files elsewhere (a worker thread) into a temporary file that the pack then owns. */
export type RenderPackFile = (file: PlannedFile) => Promise<{ path: string }>;

/** Copy a file into a ZIP entry, respecting back-pressure, without ending the entry. */
async function copyInto(path: string, out: Writable): Promise<void> {
  for await (const chunk of fs.createReadStream(path)) {
    if (!out.write(chunk)) await once(out, "drain");
  }
}

/**
 * The pack's entries when its files are rendered elsewhere side by side: every file is requested
 * at once, longest first (`renderOrder`; a pool starts them in that order as its workers come
 * free). Each entry is `ready` once its own file is — the ZIP takes the files as they are done, so
 * it is written while the longest still renders — or at the first failure of any file, which fails
 * the pack at once with that file's error. Each file is removed once copied; the caller removes whatever a failure left.
 */
export function entriesRenderedElsewhere(files: readonly PlannedFile[], render: RenderPackFile): PackEntrySource[] {
  const rendered: Promise<{ path: string }>[] = new Array(files.length);
  for (const at of renderOrder(files)) rendered[at] = render(files[at]!);
  const anyFailed = Promise.race(rendered.map((file) => file.then(() => new Promise<never>(() => {}))));
  // Nobody may be waiting for a file when it fails: its rejection is handled here, and reported by `anyFailed`.
  for (const file of [...rendered, anyFailed]) file.catch(() => {});
  return files.map(({ spec }, at) => {
    const ready = Promise.race([rendered[at]!, anyFailed]);
    ready.catch(() => {});
    return {
      name: spec.name,
      report: spec.kind,
      format: spec.format,
      ready,
      async write(entry: Writable) {
        const { path } = await ready;
        await copyInto(path, entry);
        await fs.promises.rm(path, { force: true });
      },
    };
  });
}
