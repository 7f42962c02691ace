import { eq } from "drizzle-orm";
import { organisation } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import { incidentSettingsSchema } from "../form/schemas";
import { forgetIncidentSettings } from "../store";

/** The DPO sets the NIS2 switch, the internal target of "without undue delay" and the severity mapping. */
export const updateIncidentSettings = defineMutation({
  name: "incidents.updateSettings",
  permission: "settings:manage",
  schema: incidentSettingsSchema,
  revalidate: ["/incidents", "/"],
  async run({ tx, input }) {
    const [before] = await tx.select().from(organisation).where(eq(organisation.id, 1)).for("update");
    if (!before) throw new ActionError("NOT_FOUND", "incidents.errors.notFound");
    const [after] = await tx.update(organisation).set(input).where(eq(organisation.id, 1)).returning();
    forgetIncidentSettings();
    return {
      data: input,
      audit: {
        action: "incident.settings",
        entityType: "organisation",
        entityId: "1",
        before: {
          nis2Enabled: before.nis2Enabled,
          incidentTargetHours: before.incidentTargetHours,
          severitySuggestions: before.severitySuggestions,
        },
        after: {
          nis2Enabled: after!.nis2Enabled,
          incidentTargetHours: after!.incidentTargetHours,
          severitySuggestions: after!.severitySuggestions,
        },
      },
    };
  },
});
