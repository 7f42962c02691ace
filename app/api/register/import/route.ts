import { executeAction } from "@/lib/action";
import { importActivities } from "@/lib/register/import-mutation";
import { MAX_IMPORT_ROWS, parseImportFile } from "@/lib/register/import-file";
import { previewImport } from "@/lib/register/import-preview";
import { withActor } from "@/lib/route";

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Register import (DPO): `?mode=preview` checks every row and writes nothing; `?mode=commit`
 * imports the same file all-or-nothing through the action wrapper (one transaction, audited).
 * A route handler rather than a server action: files of thousands of rows exceed the action body limit.
 */
export async function POST(request: Request) {
  return withActor(request, "register:write", async (actor) => {
    const mode = new URL(request.url).searchParams.get("mode");
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0 || file.size > MAX_BYTES) return Response.json({ error: "register.import.errors.empty" }, { status: 400 });
    const parsed = await parseImportFile(file.name, await file.arrayBuffer()).catch(() => null);
    if (!parsed) return Response.json({ error: "register.import.failed" }, { status: 400 });
    const preview = previewImport(parsed.header, parsed.rows.slice(0, MAX_IMPORT_ROWS));
    if (mode !== "commit") {
      const { entries, ...report } = preview;
      return Response.json({ ...report, total: preview.rows.length, importable: entries.length });
    }
    if (preview.entries.length === 0) return Response.json({ ok: false, code: "VALIDATION", message: "register.import.blocked" }, { status: 422 });
    const result = await executeAction(importActivities, actor.id, { entries: preview.entries });
    return Response.json(result, { status: result.ok ? 200 : result.code === "FORBIDDEN" ? 403 : 422 });
  });
}
