import { z } from "zod";
import { defineMutation } from "@/lib/action";
import { actorLabel } from "@/lib/auth/actor";
import { MAX_IMPORT_ROWS } from "./file";
import { importEntrySchema } from "./preview";
import { insertActivities } from "../store";

export const importActivitiesSchema = z.object({
  entries: z
    .array(importEntrySchema, { error: "register.errors.invalid" })
    .min(1, { error: "register.import.errors.empty" })
    .max(MAX_IMPORT_ROWS, { error: "register.errors.tooMany" }),
});

/**
 * Imports entries all-or-nothing: one transaction, one multi-row insert, one version per entry,
 * and ONE audit entry listing the references created (a file of thousands of rows would
 * otherwise flood the audit log; each entry's content stays in its first version).
 */
export const importActivities = defineMutation({
  name: "register.import",
  permission: "register:write",
  schema: importActivitiesSchema,
  revalidate: ["/register", "/"],
  async run({ tx, actor, input, now }) {
    const rows = await insertActivities(
      { tx, actor: { id: actor.id, label: actorLabel(actor) }, now },
      input.entries,
      "import",
    );
    const references = rows.map((row) => row.reference);
    return {
      data: { count: rows.length, references },
      audit: {
        action: "register.import",
        entityType: "processing_activity",
        entityId: null,
        meta: { count: rows.length, references },
      },
    };
  },
});
