import { after } from "next/server";
import { runExportJob } from "./runner";

/** After the request's response is sent, generate the job's file in this server process. */
export async function startExportInBackground(data: { jobId: string }): Promise<void> {
  after(() => runExportJob(data.jobId).then(() => undefined));
}
