import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import { getDb, type Db, type Tx } from "@/db/client";
import { releases } from "@/db/schema";
import { appendAudit } from "@/lib/audit/write";
import { writeReportFile } from "@/lib/exports/centre/file-writer";
import { exportDirectory } from "@/lib/exports/centre/storage";
import { RouteError } from "@/lib/route-errors";
import type { RawCell } from "./csv-layout";
import { answerCriteria } from "./criteria";
import { LineTooLongError, linesFromChunks } from "./lines-from-chunks";
import { releaseFileHeader, releaseFileRows } from "./release-file";
import { reviewRelease, type ReviewHooks } from "./review";
import { emptySummary, type ReviewSummary } from "./review-summary";
import type { UploadReleaseInput } from "./schemas";
import { releaseFileKey, releasePath } from "./storage";
import { approvedReleasesOfSeries, earlierCells, insertCells, releaseThreshold, unsafeReleaseEntries } from "./store";
import { PUBLISHED } from "./suppression";

/** At most this many cells per release (a month of quarter-hours for 10,000 zones is 29 M). */
export const MAX_RELEASE_CELLS = 50_000_000;
const CELL_BATCH = 5_000;

export interface UploadedRelease {
  reference: string;
  status: "refused" | "pending";
  summary: ReviewSummary;
}

class Refused extends Error {
  constructor(readonly summary: ReviewSummary) {
    super("refused");
  }
}

const field = (path: string, message: string) => new RouteError("VALIDATION", message, [{ path, message }]);

/**
 * Review an uploaded release and record it, streaming: the body is read line by line, each time
 * window is checked and suppressed, its rows written to the release file (hashed as written) and
 * its published cells stored for later differencing, all in one transaction with the release
 * row and its `release.review` audit entry. A refused review (record-level data) keeps no file
 * and no cell: the release is recorded as `refused` with the reason.
 */
export async function uploadRelease(options: {
  /** The database (default: the process's). */
  db?: Db;
  actor: { id: string | null; label: string };
  now: Date;
  input: UploadReleaseInput;
  body: AsyncIterable<Uint8Array>;
  directory?: string;
  maxCells?: number;
}): Promise<UploadedRelease> {
  const { actor, now, input } = options;
  const db = options.db ?? getDb();
  const [entry] = await unsafeReleaseEntries(db, { reference: input.processingActivity });
  if (!entry) throw field("processingActivity", "releases.errors.entryUnknown");
  if (entry.status !== "active") throw field("processingActivity", "releases.errors.entryNotActive");
  const threshold = await releaseThreshold(db);
  const k = input.k ?? threshold;
  if (k < threshold) throw field("k", "releases.errors.kBelowDefault");
  const earlierReleases = await approvedReleasesOfSeries(db, input.series);
  const suppressDifferencing = input.suppressDifferencing === "true";

  const source = createHash("sha256");
  let sourceSize = 0;
  async function* hashed() {
    for await (const chunk of options.body) {
      source.update(chunk);
      sourceSize += chunk.byteLength;
      yield chunk;
    }
  }
  const id = randomUUID();
  const fileKey = releaseFileKey(id);
  const directory = options.directory ?? exportDirectory();
  const base = {
    id,
    series: input.series,
    recipient: input.recipient,
    purpose: input.purpose,
    processingActivityId: entry.id,
    k,
    suppressDifferencing,
    sourceName: input.name ?? "release.csv",
    uploadedBy: actor.id,
    uploadedByLabel: actor.label,
    uploadedAt: now,
  };
  const record = async (
    tx: Tx,
    summary: ReviewSummary,
    status: "refused" | "pending",
    file?: { size: number; sha256: string },
  ) => {
    const values = {
      ...base,
      status,
      summary,
      criteria: answerCriteria(summary),
      sourceSize,
      sourceSha256: source.copy().digest("hex"),
      fileSize: file?.size ?? null,
      fileSha256: file?.sha256 ?? null,
      fileKey: file ? fileKey : null,
    };
    const [row] = await tx
      .insert(releases)
      .values(values)
      .onConflictDoUpdate({ target: releases.id, set: values })
      .returning({ reference: releases.reference });
    await appendAudit(
      tx,
      actor,
      {
        action: "release.review",
        entityType: "release",
        entityId: row!.reference,
        meta: {
          status,
          series: input.series,
          k,
          cells: summary.cells,
          refusal: summary.refusal?.kind ?? null,
          suppressed: summary.suppressed,
          sourceSha256: values.sourceSha256,
          fileSha256: values.fileSha256,
        },
      },
      now,
    );
    return row!.reference;
  };

  await fs.promises.mkdir(directory, { recursive: true });
  try {
    return await db.transaction(async (tx) => {
      // The row first (the cells refer to it); completed once the review is over.
      await tx.insert(releases).values({
        ...base,
        status: "pending",
        summary: emptySummary(k),
        criteria: [],
        sourceSize: 0,
        sourceSha256: "",
      });
      let summary = emptySummary(k);
      const file = await writeReportFile(releasePath(fileKey, directory), async (out) => {
        let headerWritten = false;
        let batch: RawCell[] = [];
        const write = async (text: string) => {
          if (!out.write(text)) await once(out, "drain");
        };
        const hooks: ReviewHooks = {
          earlier: (start, end) => earlierCells(tx, input.series, start, end),
          block: async (block) => {
            if (!headerWritten) {
              await write(releaseFileHeader(block.dimensions));
              headerWritten = true;
            }
            await write(releaseFileRows(block));
            block.cells.forEach((cell, index) => {
              if (block.status[index] === PUBLISHED) batch.push(cell);
            });
            if (batch.length >= CELL_BATCH) {
              await insertCells(tx, id, batch);
              batch = [];
            }
          },
        };
        summary = await reviewRelease(
          linesFromChunks(hashed()),
          { k, suppressDifferencing, earlierReleases, maxCells: options.maxCells ?? MAX_RELEASE_CELLS },
          hooks,
        ).catch((error: unknown) => {
          if (error instanceof LineTooLongError)
            return {
              ...emptySummary(k),
              refusal: { kind: "row" as const, problem: "width" as const, line: error.line },
            };
          if (error instanceof TypeError && /encoded|decode/i.test(error.message))
            throw field("file", "releases.errors.encoding");
          throw error;
        });
        if (summary.refusal) throw new Refused(summary);
        await insertCells(tx, id, batch);
      });
      const reference = await record(tx, summary, "pending", file);
      return { reference, status: "pending" as const, summary };
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    // The review stopped reading at the refusal: the recorded size and hash cover the bytes read.
    const reference = await db.transaction((tx) => record(tx, error.summary, "refused"));
    return { reference, status: "refused", summary: error.summary };
  }
}
