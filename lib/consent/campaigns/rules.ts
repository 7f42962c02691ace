import { z } from "zod";
import { campaignChannels, type ConsentPurposeKind } from "@/db/schema/consent";
import { text } from "@/lib/validation";
import { inactiveRegisterRefs } from "../purposes/register-status";

/**
 * The campaign check's rules (issue 17), pure. A reference may be contacted when the purpose is
 * active, its register entries are all active, the channel is one the purpose allows for campaigns,
 * and the subscriber's current state allows it:
 * - consent purpose (opt-in): opted in; never asked = NOT allowed (no consent without a yes);
 * - objection purpose (opt-out): not objecting; never asked = allowed (legitimate interests until
 *   the subscriber objects, GDPR Art. 21).
 */
export function isContactable(kind: ConsentPurposeKind, optedIn: boolean | null): boolean {
  return optedIn === null ? kind === "objection" : optedIn;
}

/** The header of a check, machines' messages in English. */
export const checkHeaderSchema = z.object({
  purpose: text({ error: "required, a string" }, "NUL or lone surrogate")
    .trim()
    .min(1, "required")
    .max(64, "at most 64 characters"),
  channel: z.enum(campaignChannels, { error: `one of ${campaignChannels.join(", ")}` }),
  campaign: text({ error: "required, a string" }, "NUL or lone surrogate")
    .trim()
    .min(1, "required")
    .max(200, "at most 200 characters"),
});
export type CheckHeader = z.output<typeof checkHeaderSchema>;

export interface PurposeForCheck {
  id: string;
  key: string;
  kind: ConsentPurposeKind;
  isActive: boolean;
  campaignChannels: readonly string[];
  registerRefs: readonly string[];
}

export interface CheckRefusal {
  /** The field at fault: `purpose`, `channel`, or `purpose.registerRefs` (a register entry not active). */
  path: "purpose" | "channel" | "purpose.registerRefs";
  reason: "unknownPurpose" | "retiredPurpose" | "channelNotAllowed" | "registerNotActive";
  message: string;
}

/** Why this campaign may not be checked against this purpose at all, or null. */
export function campaignRefusal(
  header: CheckHeader,
  purpose: PurposeForCheck | undefined,
  registerStatus: ReadonlyMap<string, string>,
): CheckRefusal | null {
  if (!purpose)
    return {
      path: "purpose",
      reason: "unknownPurpose",
      message: `Unknown purpose ${header.purpose}: not in the catalogue`,
    };
  if (!purpose.isActive)
    return {
      path: "purpose",
      reason: "retiredPurpose",
      message: `Purpose ${purpose.key} is retired: no campaign may use it`,
    };
  if (!purpose.campaignChannels.includes(header.channel))
    return {
      path: "channel",
      reason: "channelNotAllowed",
      message: `Channel ${header.channel} is not allowed for campaigns of ${purpose.key} (allowed: ${purpose.campaignChannels.join(", ") || "none"})`,
    };
  const inactive = inactiveRegisterRefs(purpose.registerRefs, registerStatus);
  if (purpose.registerRefs.length === 0 || inactive.length > 0)
    return {
      path: "purpose.registerRefs",
      reason: "registerNotActive",
      message:
        purpose.registerRefs.length === 0
          ? `Purpose ${purpose.key} serves no register entry`
          : `The register entries ${inactive.join(", ")} of ${purpose.key} are not active (draft, retired or missing): no campaign on them`,
    };
  return null;
}
