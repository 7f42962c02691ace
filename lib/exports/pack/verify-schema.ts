import { z } from "zod";

/** The largest pack the "verify a pack" upload accepts (next.config.mjs lets server-action bodies this large through). */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;

/** Shared by the form (checked before sending) and the server action. */
export const verifyPackSchema = z
  .object({
    pack: z
      .instanceof(File, { message: "auditPack.verify.errors.fileRequired" })
      .refine((file) => file.size > 0, { message: "auditPack.verify.errors.empty" })
      .refine((file) => file.size <= MAX_PACK_BYTES, { message: "auditPack.verify.errors.tooLarge" }),
  })
  .strict();
