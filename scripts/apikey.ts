import { parseArgs } from "node:util";
import { appendAudit } from "@/lib/audit/write";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys/schemas";
import { apiKeyView, unsafeInsertApiKey, unsafeListApiKeys, unsafeRevokeApiKey } from "@/lib/api-keys/store";
import { runCli } from "./cli-database";

/**
 * API keys from the command line, for operators:
 *   npm run apikey -- create --name siem --scopes incidents:write,incidents:read
 *   npm run apikey -- list
 *   npm run apikey -- revoke --id <uuid>
 * Whoever can run this can read the database: it acts as the operator and is audit-logged as such.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, scopes: { type: "string" }, id: { type: "string" } },
});
const OPERATOR = { id: null, label: `operator (${process.env.USER ?? "cli"}, npm run apikey)` };

await runCli("npm run apikey", async ({ db }) => {
  const command = positionals[0];
  const now = new Date();
  if (command === "create") {
    const parsed = createApiKeySchema.safeParse({
      name: values.name ?? "",
      scopes: (values.scopes ?? "").split(",").filter(Boolean),
    });
    if (!parsed.success)
      throw new Error(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("; "));
    const { row, key } = await db.transaction(async (tx) => {
      const created = await unsafeInsertApiKey(tx, { ...parsed.data, createdBy: null, now });
      await appendAudit(
        tx,
        OPERATOR,
        { action: "apiKey.create", entityType: "api_key", entityId: created.row.id, after: apiKeyView(created.row) },
        now,
      );
      return created;
    });
    console.log(`Created API key "${row.name}" (${row.id}) with scopes ${row.scopes.join(", ")}.`);
    console.log(`Key (shown once, store it now):\n${key}`);
  } else if (command === "list") {
    for (const row of await unsafeListApiKeys(db)) {
      const state = row.revokedAt ? `revoked ${row.revokedAt.toISOString()}` : "active";
      console.log(
        `${row.id}  ${row.prefix}…  ${row.name.padEnd(24)} ${row.scopes.join(",").padEnd(40)} ${state}  last used ${row.lastUsedAt?.toISOString() ?? "never"}`,
      );
    }
  } else if (command === "revoke") {
    const parsed = revokeApiKeySchema.safeParse({ id: values.id });
    if (!parsed.success) throw new Error("--id must be the UUID of a key (see: npm run apikey -- list)");
    const result = await db.transaction(async (tx) => {
      const revoked = await unsafeRevokeApiKey(tx, parsed.data.id, now);
      if (revoked)
        await appendAudit(
          tx,
          OPERATOR,
          {
            action: "apiKey.revoke",
            entityType: "api_key",
            entityId: parsed.data.id,
            before: apiKeyView(revoked.before),
            after: apiKeyView(revoked.after),
          },
          now,
        );
      return revoked;
    });
    if (!result) throw new Error(`no API key with id ${parsed.data.id}`);
    console.log(`Revoked API key "${result.after.name}".`);
  } else {
    throw new Error("usage: npm run apikey -- create --name <name> --scopes <a,b> | list | revoke --id <uuid>");
  }
});
