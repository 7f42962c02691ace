"use server";

import { serverAction } from "@/lib/action";
import { startExportInBackground } from "./background";
import { requestExport, requestIncidentExport } from "./mutations";

export const requestExportAction = serverAction(requestExport, startExportInBackground);
export const requestIncidentExportAction = serverAction(requestIncidentExport, startExportInBackground);
