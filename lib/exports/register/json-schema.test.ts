import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registerJsonSchemas, schemaFileText } from "./json-schema";

describe("the register's published JSON Schemas", () => {
  it.each(Object.entries(registerJsonSchemas()))(
    "docs/%s is up to date with the zod schemas (npm run docs:schemas)",
    (name, schema) => {
      expect(fs.readFileSync(path.resolve("docs", name), "utf8")).toBe(schemaFileText(schema));
    },
  );

  it("describes every Art. 30 field of an entry, closed to unknown fields", () => {
    const schema = registerJsonSchemas()["register.schema.json"] as {
      properties: {
        entries: { items: { properties: { content: { properties: object; additionalProperties: boolean } } } };
      };
    };
    const content = schema.properties.entries.items.properties.content;
    expect(Object.keys(content.properties)).toEqual(
      expect.arrayContaining([
        "purposes",
        "dataCategories",
        "recipients",
        "transfers",
        "retention",
        "securityMeasures",
        "controllersServed",
        "dpia",
      ]),
    );
    expect(content.additionalProperties).toBe(false);
  });
});
