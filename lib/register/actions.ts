"use server";

import { serverAction } from "@/lib/action";
import { activateActivity, createActivity, duplicateActivity, retireActivity, updateActivity } from "./mutations";

export const createActivityAction = serverAction(createActivity);
export const updateActivityAction = serverAction(updateActivity);
export const activateActivityAction = serverAction(activateActivity);
export const retireActivityAction = serverAction(retireActivity);
export const duplicateActivityAction = serverAction(duplicateActivity);
