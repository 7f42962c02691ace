import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { describePackVerdict, describeProblem } from "./describe";
import { CorruptZipError, readPackEntries, type ReadLimits } from "./read-zip";
import { verifyPackEntries, type PackVerdict, type VerifyOptions } from "./verify";

/** Read a pack (path or bytes) and verify it; a ZIP that cannot be read is a verdict too, not an exception. */
export async function verifyPack(
  source: string | Buffer,
  options: VerifyOptions & ReadLimits = {},
): Promise<PackVerdict> {
  try {
    return verifyPackEntries(await readPackEntries(source, options), options);
  } catch (error) {
    if (error instanceof CorruptZipError)
      return { ok: false, problem: { code: "corrupt_zip", file: null, detail: error.message } };
    throw error;
  }
}

/**
 * The command line's whole behaviour, testable: arguments in, text and exit code out.
 * 0 = valid, 1 = the pack differs from its manifest or signature, 2 = usage or unreadable input.
 * The pack is read from its file entry by entry (constant memory); only the key is read whole.
 */
export async function runVerifyPack(args: {
  pack?: string;
  publicKey?: string;
}): Promise<{ code: 0 | 1 | 2; text: string }> {
  if (!args.pack)
    return { code: 2, text: "usage: npm run verify-pack -- <pack.zip> [--public-key <vigie-public.pem>]" };
  let trustedPublicKeyPem: Buffer | undefined;
  try {
    if (args.publicKey) trustedPublicKeyPem = await readFile(args.publicKey);
    await access(args.pack, constants.R_OK);
  } catch (error) {
    return {
      code: 2,
      text: `cannot read ${(error as NodeJS.ErrnoException).path ?? "the file"}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    };
  }
  const verdict = await verifyPack(args.pack, { trustedPublicKeyPem });
  if (!verdict.ok && verdict.problem.code === "bad_trusted_key")
    return { code: 2, text: `error: ${describeProblem(verdict.problem)}` };
  return { code: verdict.ok ? 0 : 1, text: describePackVerdict(verdict) };
}
