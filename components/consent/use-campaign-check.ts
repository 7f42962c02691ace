"use client";

import { useState } from "react";
import type { CheckCounts } from "@/lib/consent/campaigns/dto";

export type CheckState =
  | { status: "idle" }
  | { status: "running"; allowed: number }
  | { status: "done"; checkId: string; counts: CheckCounts; allowed: string[] }
  | { status: "refused"; path: string | null; message: string; tooLarge: boolean }
  | { status: "failed" };

/**
 * Sends a CSV to the campaign-check route and reads its NDJSON answer as it streams: the first
 * line names the check, each next line is an allowed reference (counted for the progress), the last
 * carries the counts — without it the check failed and was not recorded.
 */
export function useCampaignCheck() {
  const [state, setState] = useState<CheckState>({ status: "idle" });

  async function run(query: { purpose: string; channel: string; campaign: string }, file: File): Promise<boolean> {
    setState({ status: "running", allowed: 0 });
    try {
      const response = await fetch(`/api/consent/campaign-checks?${new URLSearchParams(query)}`, {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: file,
      });
      if (!response.ok || !response.body) {
        const error = (await response.json().catch(() => null)) as {
          message?: string;
          issues?: { path: string; message: string }[];
        } | null;
        setState({
          status: "refused",
          path: error?.issues?.[0]?.path ?? null,
          message: error?.issues?.[0]?.message ?? error?.message ?? "",
          tooLarge: response.status === 413,
        });
        return false;
      }
      const allowed: string[] = [];
      let checkId = "";
      let counts: CheckCounts | null = null;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = "";
      for (;;) {
        const { done, value } = await reader.read();
        const text = pending + (value ?? "");
        const lines = text.split("\n");
        pending = done ? "" : lines.pop()!;
        for (const line of lines) {
          if (!line) continue;
          const item = JSON.parse(line) as string | { checkId: string; counts?: CheckCounts };
          if (typeof item === "string") allowed.push(item);
          else if (item.counts) counts = item.counts;
          else checkId = item.checkId;
        }
        setState({ status: "running", allowed: allowed.length });
        if (done) break;
      }
      if (!counts) {
        setState({ status: "failed" });
        return false;
      }
      setState({ status: "done", checkId, counts, allowed });
      return true;
    } catch {
      setState({ status: "failed" });
      return false;
    }
  }

  return { state, run };
}
