"use server";

import { serverAction } from "@/lib/action";
import { createProvider, recordAudit } from "./mutations/audits";
import {
  acceptRisk,
  changeFindingStatus,
  createFinding,
  linkFindingIncident,
  verifyFinding,
} from "./mutations/findings";
import { updateSecuritySettings } from "./mutations/settings";
import { createSystem, recordDetectionTest, updateSystem } from "./mutations/systems";

export const createSystemAction = serverAction(createSystem);
export const updateSystemAction = serverAction(updateSystem);
export const recordDetectionTestAction = serverAction(recordDetectionTest);
export const createProviderAction = serverAction(createProvider);
export const recordAuditAction = serverAction(recordAudit);
export const createFindingAction = serverAction(createFinding);
export const changeFindingStatusAction = serverAction(changeFindingStatus);
export const acceptRiskAction = serverAction(acceptRisk);
export const verifyFindingAction = serverAction(verifyFinding);
export const linkFindingIncidentAction = serverAction(linkFindingIncident);
export const updateSecuritySettingsAction = serverAction(updateSecuritySettings);
