import { verifyAuditChain, type ChainVerdict } from "@/lib/audit/verify";
import { authorOf, type ExportContext, type ExportScope } from "../contract";
import { auditLogHead, extractSummary, organisationName, periodBounds, type ExtractBounds } from "./queries";

export const EXTRACT_FORMAT = "vigie-audit-log-extract/1";

/** How a reader checks that the extract belongs to the chain (written into every extract). */
export const HASHING_NOTE =
  "hash = SHA-256 (hex) of the canonical JSON (keys sorted by code point, no whitespace) of the entry's fields other than hash; " +
  "prevHash = the previous entry's hash (64 zeros for the first entry of the chain). Recompute each entry's hash, check consecutive " +
  "entries link, and compare first/last with the chain's own.";

export interface ExtractHeader {
  format: typeof EXTRACT_FORMAT;
  organisation: string;
  period: { from: string; to: string; timeZone: string };
  generatedAt: string;
  generatedBy: string;
  /** The whole chain verified when the extract was made, and its last entry then. */
  chain: ChainVerdict & { headAtGeneration: { seq: number; hash: string } | null };
  extract: Awaited<ReturnType<typeof extractSummary>>;
  hashing: string;
}

export class ExtractScopeError extends Error {}

/** Everything an extract states before its rows: the whole chain's verdict and the extract's first and last hashes. */
export async function prepareExtract(
  ctx: ExportContext,
  scope: ExportScope,
): Promise<{ header: ExtractHeader; bounds: ExtractBounds }> {
  const { from, to } = scope;
  if (!from || !to || from > to)
    throw new ExtractScopeError("The audit log extract needs a period: from and to (YYYY-MM-DD), from on or before to");
  const head = await auditLogHead(ctx.db);
  const bounds: ExtractBounds = { ...periodBounds(from, to, ctx.timeZone), headSeq: head?.seq ?? 0 };
  const [organisation, verdict, extract] = [
    await organisationName(ctx.db),
    await verifyAuditChain(ctx.db),
    await extractSummary(ctx.db, bounds),
  ];
  return {
    bounds,
    header: {
      format: EXTRACT_FORMAT,
      organisation,
      period: { from, to, timeZone: ctx.timeZone },
      generatedAt: ctx.now.toISOString(),
      generatedBy: authorOf(ctx),
      chain: { ...verdict, headAtGeneration: head },
      extract,
      hashing: HASHING_NOTE,
    },
  };
}
