import { z } from "zod";
import { canonicalJson, toJson } from "@/lib/audit/canonical";

/** The three files every pack holds besides the reports its manifest lists. */
export const MANIFEST_FILE = "manifest.json";
export const SIGNATURE_FILE = "manifest.sig";
export const PUBLIC_KEY_FILE = "vigie-public.pem";
export const PACK_STRUCTURE_FILES = [MANIFEST_FILE, SIGNATURE_FILE, PUBLIC_KEY_FILE] as const;

export const PACK_FORMAT = "vigie-audit-pack/1";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const manifestFileSchema = z.object({
  name: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256,
  report: z.string(),
  format: z.string(),
});

/** What `manifest.json` holds; the verifier parses it with this schema. */
export const packManifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  organisation: z.string(),
  period: z.object({ from: day, to: day, timeZone: z.string() }),
  generatedAt: z.string(),
  generatedBy: z.string(),
  vigieVersion: z.string(),
  /** The audit log's last entry when the pack was generated: later entries can be checked to chain from it. */
  auditLogHead: z.object({ seq: z.number().int().nonnegative(), hash: sha256 }).nullable(),
  publicKeyFingerprint: z.string(),
  files: z.array(manifestFileSchema),
});
export type PackManifest = z.infer<typeof packManifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/**
 * The exact bytes that are signed: canonical JSON (keys sorted by code point, no
 * whitespace, the audit log's own canonical form) in UTF-8. Two manifests with the
 * same content always give the same bytes, whatever order their keys were built in.
 */
export function manifestBytes(manifest: PackManifest): Buffer {
  return Buffer.from(canonicalJson(toJson(manifest)), "utf8");
}
