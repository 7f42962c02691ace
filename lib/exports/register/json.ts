import type { Writable } from "node:stream";
import type { ExportContext, ExportScope } from "../contract";
import { writeText } from "../stream-text";
import { recordJson, type RegisterExportJson } from "./json-schema";
import { readOrganisation } from "./organisation";
import { registerPages } from "./source";
import { selectionOf } from "./xlsx";

/**
 * The register as JSON with every field of every entry (docs/register.schema.json), streamed: the
 * document's head, then each entry as it is read, then the closing brackets.
 */
export async function renderRegisterJson(ctx: ExportContext, scope: ExportScope, out: Writable): Promise<void> {
  const selection = selectionOf(scope);
  const head: Omit<RegisterExportJson, "entries"> = {
    format: "vigie-register",
    formatVersion: 1,
    organisation: await readOrganisation(ctx.db),
    generatedAt: ctx.now.toISOString(),
    asOf: selection.asOf ?? null,
    activeOnly: selection.activeOnly ?? false,
    reference: selection.reference ?? null,
  };
  await writeText(out, `${JSON.stringify(head).slice(0, -1)},"entries":[`);
  let done = 0;
  for await (const page of registerPages(ctx.db, selection, { timeZone: ctx.timeZone })) {
    const items = page.map((record) => JSON.stringify(recordJson(record)));
    await writeText(out, `${done === 0 ? "" : ","}\n${items.join(",\n")}`);
    done += page.length;
    ctx.onProgress?.(done, null);
  }
  await writeText(out, "\n]}\n");
}
