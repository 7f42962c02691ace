import { z } from "zod";
import { apiKeyScopes } from "@/lib/auth/permissions";

export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { message: "apiKeys.errors.nameRequired" })
    .max(80, { message: "apiKeys.errors.nameTooLong" }),
  scopes: z
    .array(z.enum(apiKeyScopes, { message: "apiKeys.errors.scopeInvalid" }))
    .min(1, { message: "apiKeys.errors.scopesRequired" })
    .transform((scopes) => [...new Set(scopes)].sort()),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.uuid() });
