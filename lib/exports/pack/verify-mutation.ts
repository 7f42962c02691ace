import { createHash } from "node:crypto";
import { defineMutation } from "@/lib/action";
import { signingKeyStatus } from "./key-source";
import type { PackProblem } from "./verify";
import { verifyPack } from "./verify-file";
import { verifyPackSchema } from "./verify-schema";

/** What the page shows after a verification (plain data; every text comes from the uploaded pack or this server). */
export type PackCheckDTO = {
  fileName: string;
  size: number;
  sha256: string;
  /** True when checked against this server's own public key; false when the server has none and the pack's key was used. */
  checkedAgainstServerKey: boolean;
} & (
  | {
      ok: true;
      fingerprint: string;
      organisation: string;
      period: { from: string; to: string };
      generatedAt: string;
      generatedBy: string;
      files: number;
    }
  | { ok: false; problem: PackProblem }
);

/** An upload is anyone's file: bound the work its decompression may cost (the command line has no such bound). */
export const UPLOAD_LIMITS = { maxTotalBytes: 4 * 1024 * 1024 * 1024, maxEntries: 1_000 };

/** Uploaded names and names inside a ZIP are anyone's text: no NUL, no lone surrogate, bounded, before they reach the log. */
const clean = (text: string) => text.replaceAll("\u0000", "").toWellFormed().slice(0, 300);

/**
 * "Verify a pack" on the server: the same check as `npm run verify-pack`, against this
 * server's public key when it has one. Recorded in the audit log with the upload's hash and the verdict.
 */
export const verifyUploadedPack = defineMutation({
  name: "exports.verifyPack",
  permission: "exports:read",
  schema: verifyPackSchema,
  async run({ input }) {
    const bytes = Buffer.from(await input.pack.arrayBuffer());
    const status = await signingKeyStatus();
    const verdict = await verifyPack(bytes, {
      ...UPLOAD_LIMITS,
      ...(status.available ? { trustedPublicKeyPem: status.publicKeyPem } : {}),
    });
    const upload = {
      fileName: clean(input.pack.name),
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      checkedAgainstServerKey: status.available,
    };
    const data: PackCheckDTO = verdict.ok
      ? {
          ...upload,
          ok: true,
          fingerprint: verdict.fingerprint,
          organisation: verdict.manifest.organisation,
          period: { from: verdict.manifest.period.from, to: verdict.manifest.period.to },
          generatedAt: verdict.manifest.generatedAt,
          generatedBy: verdict.manifest.generatedBy,
          files: verdict.manifest.files.length,
        }
      : {
          ...upload,
          ok: false,
          problem:
            verdict.problem.file === null ? verdict.problem : { ...verdict.problem, file: clean(verdict.problem.file) },
        };
    const outcome = data.ok
      ? { valid: true, period: data.period, generatedAt: clean(data.generatedAt), fingerprint: data.fingerprint }
      : { valid: false, problem: data.problem.code, file: data.problem.file };
    return { data, audit: { action: "audit.verify_pack", entityType: "audit_log", meta: { ...upload, ...outcome } } };
  },
});
