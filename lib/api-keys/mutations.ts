import { ActionError, defineMutation } from "@/lib/action";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";
import { apiKeyView, unsafeInsertApiKey, unsafeRevokeApiKey } from "./store";

export const createApiKey = defineMutation({
  name: "apiKeys.create",
  permission: "apiKeys:manage",
  schema: createApiKeySchema,
  revalidate: ["/users/api-keys"],
  async run({ tx, actor, input, now }) {
    const { row, key } = await unsafeInsertApiKey(tx, { ...input, createdBy: actor.id, now });
    return {
      data: { id: row.id, key, prefix: row.prefix },
      audit: { action: "apiKey.create", entityType: "api_key", entityId: row.id, after: apiKeyView(row) },
    };
  },
});

export const revokeApiKey = defineMutation({
  name: "apiKeys.revoke",
  permission: "apiKeys:manage",
  schema: revokeApiKeySchema,
  revalidate: ["/users/api-keys"],
  async run({ tx, input, now }) {
    const result = await unsafeRevokeApiKey(tx, input.id, now);
    if (!result) throw new ActionError("NOT_FOUND", "apiKeys.errors.notFound");
    return {
      data: { id: input.id },
      audit: {
        action: "apiKey.revoke",
        entityType: "api_key",
        entityId: input.id,
        before: apiKeyView(result.before),
        after: apiKeyView(result.after),
      },
    };
  },
});
