import fs from "node:fs";
import path from "node:path";
import { registerJsonSchemas, schemaFileText } from "@/lib/exports/register/json-schema";

/** Writes the register's JSON Schemas (generated from the zod schemas) to docs/. */
const docs = path.resolve(import.meta.dirname, "..", "docs");
for (const [name, schema] of Object.entries(registerJsonSchemas())) {
  fs.writeFileSync(path.join(docs, name), schemaFileText(schema));
  console.log(`docs/${name}`);
}
