import { eq } from "drizzle-orm";
import { securitySettings } from "@/db/schema";
import { defineMutation } from "@/lib/action";
import { securitySettingsSchema } from "../settings-schema";
import { loadProgrammeContext } from "../store";

/**
 * Set the programme's periods: how long a system holding sensitive data may go unaudited, by
 * criticality (applies at once), and how many days a finding has to be fixed, by severity (applies
 * to findings recorded from now on: a due date, once given, is kept).
 */
export const updateSecuritySettings = defineMutation({
  name: "security.updateSettings",
  permission: "security:manage",
  schema: securitySettingsSchema,
  revalidate: ["/security", "/security/systems", "/security/settings", "/"],
  async run({ tx, input, now }) {
    // Lock the row (when it exists) so two saves apply one after the other, each logging what it replaced.
    await tx.select({ id: securitySettings.id }).from(securitySettings).where(eq(securitySettings.id, 1)).for("update");
    const { settings: before } = await loadProgrammeContext(tx, now);
    await tx
      .insert(securitySettings)
      .values({ id: 1, ...input, updatedAt: now })
      .onConflictDoUpdate({ target: securitySettings.id, set: { ...input, updatedAt: now } });
    return {
      data: input,
      audit: {
        action: "security.settings_update",
        entityType: "security_settings",
        entityId: "1",
        before,
        after: input,
      },
    };
  },
});
