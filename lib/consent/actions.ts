"use server";

import { serverAction } from "@/lib/action";
import {
  addTextVersion,
  createPurpose,
  importConsentEvents,
  lookupConsent,
  setPurposeActive,
  updatePurpose,
} from "./mutations";

export const createPurposeAction = serverAction(createPurpose);
export const updatePurposeAction = serverAction(updatePurpose);
export const setPurposeActiveAction = serverAction(setPurposeActive);
export const addTextVersionAction = serverAction(addTextVersion);
export const importConsentEventsAction = serverAction(importConsentEvents);
export const lookupConsentAction = serverAction(lookupConsent);
