import { executeAction } from "@/lib/action";
import { importActivities } from "@/lib/register/import/mutation";
import { ImportFileError, parseImportFile, type ParsedFile } from "@/lib/register/import/file";
import { previewImport } from "@/lib/register/import/preview";
import { actionErrorResponse, errorResponse, readForm, withActor } from "@/lib/route";

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Register import (DPO): `?mode=preview` checks every row and writes nothing; `?mode=commit`
 * imports the same file all-or-nothing through the action wrapper (one transaction, audited).
 * A route handler rather than a server action: files of thousands of rows exceed the action body limit.
 * Error messages are translation keys: the console's import page shows them.
 */
export async function POST(request: Request) {
  return withActor(request, "register:write", async (actor, now) => {
    const mode = new URL(request.url).searchParams.get("mode");
    const form = await readForm(request, MAX_BYTES);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      return errorResponse("VALIDATION", "register.import.errors.empty", [
        { path: "file", message: "register.import.errors.empty" },
      ]);
    let parsed: ParsedFile;
    try {
      parsed = await parseImportFile(file.name, await file.arrayBuffer());
    } catch (error) {
      // Too large, too many rows, or unreadable: refused as a whole, the reason named.
      const key = error instanceof ImportFileError ? error.key : "register.import.failed";
      return errorResponse("VALIDATION", key, [{ path: "file", message: key }]);
    }
    const preview = previewImport(parsed.header, parsed.rows);
    if (mode !== "commit") {
      const { entries, ...report } = preview;
      return Response.json({ ...report, total: preview.rows.length, importable: entries.length });
    }
    if (preview.entries.length === 0) return errorResponse("VALIDATION", "register.import.blocked");
    const result = await executeAction(importActivities, actor.id, { entries: preview.entries }, { now });
    return result.ok ? Response.json(result) : actionErrorResponse(result);
  });
}
