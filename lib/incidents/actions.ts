"use server";

import { serverAction } from "@/lib/action";
import { addTimelineEntry, changeIncidentStatus, recordAwareness, recordNotification } from "./mutations/clock";
import { assessSeverity, overrideObligation, recordDecision } from "./mutations/decide";
import { recordNis2Impact } from "./mutations/nis2-impact";
import { createIncident, updateIncidentFacts } from "./mutations/open";
import { updateIncidentSettings } from "./mutations/settings";

export const createIncidentAction = serverAction(createIncident);
export const updateIncidentFactsAction = serverAction(updateIncidentFacts);
export const recordAwarenessAction = serverAction(recordAwareness);
export const addTimelineEntryAction = serverAction(addTimelineEntry);
export const recordNotificationAction = serverAction(recordNotification);
export const changeIncidentStatusAction = serverAction(changeIncidentStatus);
export const assessSeverityAction = serverAction(assessSeverity);
export const recordDecisionAction = serverAction(recordDecision);
export const overrideObligationAction = serverAction(overrideObligation);
export const recordNis2ImpactAction = serverAction(recordNis2Impact);
export const updateIncidentSettingsAction = serverAction(updateIncidentSettings);
