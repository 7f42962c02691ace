import { parseArgs } from "node:util";
import { runVerifyPack } from "@/lib/exports/pack/verify-file";

/**
 * Verify a Vigie audit pack offline, without the database or the network:
 *   npm run verify-pack -- <pack.zip> [--public-key <vigie-public.pem>]
 * Checks the Ed25519 signature of manifest.json, every file's size and SHA-256, and
 * that no file is missing or added; prints the verdict naming the first difference.
 * Exit code: 0 valid, 1 the pack differs, 2 usage error or unreadable input.
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { "public-key": { type: "string" } } });
const { code, text } = await runVerifyPack({ pack: positionals[0], publicKey: values["public-key"] });
(code === 0 ? console.log : console.error)(text);
process.exitCode = code;
