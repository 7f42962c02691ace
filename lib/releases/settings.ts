import { eq } from "drizzle-orm";
import { organisation } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import { releaseSettingsSchema } from "./schemas";

/**
 * The DPO sets the default threshold k of the next reviews. A review already made keeps the k it
 * was made with (`releases.k`): changing the setting rewrites no history. The change and its
 * `release.settings` entry (before and after) commit together.
 */
export const updateReleaseSettings = defineMutation({
  name: "releases.updateSettings",
  permission: "settings:manage",
  schema: releaseSettingsSchema,
  revalidate: ["/releases"],
  async run({ tx, input }) {
    const [before] = await tx
      .select({ threshold: organisation.releaseThreshold })
      .from(organisation)
      .where(eq(organisation.id, 1))
      .for("update");
    if (!before) throw new ActionError("NOT_FOUND", "releases.errors.noOrganisation");
    const [after] = await tx
      .update(organisation)
      .set({ releaseThreshold: input.threshold })
      .where(eq(organisation.id, 1))
      .returning({ threshold: organisation.releaseThreshold });
    return {
      data: { threshold: after!.threshold },
      audit: {
        action: "release.settings",
        entityType: "organisation",
        entityId: "1",
        before: { releaseThreshold: before.threshold },
        after: { releaseThreshold: after!.threshold },
      },
    };
  },
});
