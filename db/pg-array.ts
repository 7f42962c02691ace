/**
 * A PostgreSQL array literal (`{"a","b\"c",NULL}`) of text elements, for one parameter that the
 * query casts to a typed array (`$1::timestamptz[]`). Every element is quoted, so any text is safe;
 * null and undefined become SQL NULL. Parsing such arrays costs PostgreSQL about half of what
 * json_to_recordset costs for the same rows, which parses the whole document for every column.
 */
export function pgArrayLiteral(values: readonly (string | number | null | undefined)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) parts[i] = "NULL";
    else if (typeof value === "number") parts[i] = String(value);
    else parts[i] = `"${NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, "\\$&") : value}"`;
  }
  return `{${parts.join(",")}}`;
}

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;
