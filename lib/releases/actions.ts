"use server";
import { serverAction } from "@/lib/action";
import { decideRelease } from "./mutations";
import { updateReleaseSettings } from "./settings";

/** The DPO's decision on a release (approve or reject, with a rationale). */
export const decideReleaseAction = serverAction(decideRelease);

/** The DPO's default threshold k of the next reviews. */
export const updateReleaseSettingsAction = serverAction(updateReleaseSettings);
