import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { transactionWithClient, type Db, type Tx } from "@/db/client";
import { campaignChecks, consentPurposes } from "@/db/schema";
import { appendAudit, type AuditActor } from "@/lib/audit/write";
import { parseInput } from "@/lib/route-body";
import { RouteError } from "@/lib/route-errors";
import { unsafeLoadRegisterStatuses } from "../purposes/register-status";
import { AnswerWriter, type AnswerFormat, type CheckCounts } from "./answer";
import { CopyLoader, createReferenceTable, InsertLoader } from "./loaders";
import type { ListParser, ReferenceSink } from "./references";
import { forEachCheckRow } from "./rows";
import { campaignRefusal, checkHeaderSchema, isContactable, type CheckHeader, type PurposeForCheck } from "./rules";

/** Who asks: a machine's key (API) or a signed-in user (UI); exactly one is recorded on the check. */
export type CheckRequester =
  { via: "api"; apiKeyId: string; audit: AuditActor } | { via: "ui"; userId: string; audit: AuditActor };

export interface CampaignCheckOptions {
  /** The body as text chunks (see body-text.ts); refusals thrown while reading roll everything back. */
  chunks: AsyncIterable<string>;
  /** The list's parser; `onHeader` is called as soon as the header is known (NDJSON: its first line). */
  makeParser: (sink: ReferenceSink, onHeader: () => void) => ListParser;
  answer: AnswerFormat;
  requester: CheckRequester;
  now: Date;
  /** The database when not the process-wide one (the demo seed; batched inserts and a cursor then). */
  db?: Db;
}

interface Target {
  header: CheckHeader;
  purpose: PurposeForCheck;
}

/** The header parsed and the purpose allowed for this campaign, or a 400 naming the field and the reason. */
async function resolveTarget(tx: Tx, raw: Record<string, unknown>): Promise<Target> {
  const header = parseInput(checkHeaderSchema, raw, "The check's header has invalid fields: nothing was checked");
  const [purpose] = await tx
    .select({
      id: consentPurposes.id,
      key: consentPurposes.key,
      kind: consentPurposes.kind,
      isActive: consentPurposes.isActive,
      campaignChannels: consentPurposes.campaignChannels,
      registerRefs: consentPurposes.registerRefs,
    })
    .from(consentPurposes)
    .where(eq(consentPurposes.key, header.purpose))
    .for("share");
  const statuses = purpose ? await unsafeLoadRegisterStatuses(tx, [purpose]) : new Map<string, string>();
  const refusal = campaignRefusal(header, purpose, statuses);
  if (refusal)
    throw new RouteError("VALIDATION", `${refusal.message}: nothing was checked`, [
      { path: refusal.path, message: refusal.message },
    ]);
  return { header, purpose: purpose! };
}

/**
 * A campaign list checked against a purpose (issue 17), streamed end to end in one transaction:
 * the references go into a temporary table as they are read (COPY on PostgreSQL), the header is
 * checked (as soon as it arrives in NDJSON), one join with `consent_state` streams the allowed
 * references out as the answer, then the check is recorded with its `consent.check` audit entry
 * and committed, and only then are the counts written, last. A refusal before the answer starts is
 * the usual error response; a failure after it cuts the answer short without its counts, and
 * nothing is recorded.
 */
export function runCampaignCheck(options: CampaignCheckOptions): Promise<Response> {
  const checkId = randomUUID();
  const answer = new AnswerWriter(options.answer, checkId);
  const encoder = new TextEncoder();
  let output: WritableStreamDefaultWriter<Uint8Array> | undefined;
  let counts: CheckCounts | undefined;
  const send = async (text: string) => {
    await output!.ready;
    output!.write(encoder.encode(text)).catch(() => undefined);
  };

  return new Promise<Response>((resolve, reject) => {
    const work = transactionWithClient(async (tx, client) => {
      await createReferenceTable(tx);
      const loader = client ? new CopyLoader(client) : new InsertLoader(tx);
      const hash = createHash("sha256");
      let hashed = "";
      let headerKnown = false;
      const parser = options.makeParser(
        (reference) => {
          loader.add(reference);
          hashed += `${reference}\n`;
        },
        () => (headerKnown = true),
      );
      let target: Target | undefined;
      try {
        for await (const chunk of options.chunks) {
          parser.write(chunk);
          if (headerKnown && !target) target = await resolveTarget(tx, parser.header);
          if (hashed.length > 65_536) {
            hash.update(hashed);
            hashed = "";
          }
          await loader.flush();
        }
        parser.end();
        await loader.finish();
      } catch (error) {
        loader.abort(error as Error);
        throw error;
      }
      hash.update(hashed);
      target ??= await resolveTarget(tx, parser.header);
      const { purpose, header } = target;

      const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
      output = writable.getWriter();
      resolve(
        new Response(readable, {
          status: 200,
          headers: {
            "content-type": options.answer === "ndjson" ? "application/x-ndjson" : "application/json",
            "cache-control": "no-store",
          },
        }),
      );
      let distinct = 0;
      let allowed = 0;
      let unknown = 0;
      await forEachCheckRow(
        tx,
        client,
        purpose.id,
        (reference, optedIn) => {
          distinct++;
          if (optedIn === null) unknown++;
          if (isContactable(purpose.kind, optedIn)) {
            allowed++;
            answer.reference(reference);
          }
        },
        async () => {
          const text = answer.take();
          if (text) await send(text);
        },
      );
      const rest = answer.take(true);
      if (rest) await send(rest);
      counts = { received: parser.counter.count, distinct, allowed, refused: distinct - allowed, unknown };
      const record = {
        id: checkId,
        purposeId: purpose.id,
        channel: header.channel,
        campaign: header.campaign,
        received: counts.received,
        distinctRefs: distinct,
        allowed,
        refused: counts.refused,
        unknown,
        apiKeyId: options.requester.via === "api" ? options.requester.apiKeyId : null,
        userId: options.requester.via === "ui" ? options.requester.userId : null,
        via: options.requester.via,
        listSha256: hash.digest("hex"),
        checkedAt: options.now,
      };
      await tx.insert(campaignChecks).values(record);
      await appendAudit(
        tx,
        options.requester.audit,
        {
          action: "consent.check",
          entityType: "campaign_check",
          entityId: checkId,
          after: { ...record, purpose: purpose.key, kind: purpose.kind },
          meta: { via: options.requester.via },
        },
        options.now,
      );
    }, options.db);
    work
      .then(
        async () => {
          await send(answer.closing(counts!));
          await output!.close();
        },
        async (error: unknown) => {
          if (!output) return reject(error);
          console.error(`[consent.check] answer cut short, nothing recorded: ${(error as Error).message}`);
          await output.abort(error).catch(() => undefined);
        },
      )
      .catch((error: unknown) => console.error(`[consent.check] answer not finished: ${(error as Error).message}`));
  });
}
