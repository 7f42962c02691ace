/**
 * One CSV line split into fields (RFC 4180 quoting, comma or semicolon separator). A quoted
 * field may hold the separator and doubled quotes, never a line break: a release is one cell per
 * line, so a line break inside a field is refused by the caller as a malformed line.
 * Returns null when the quotes are unbalanced.
 */
export function splitCsvLine(line: string, separator = ","): string[] | null {
  if (!line.includes('"')) return line.split(separator);
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** The separator of a header line: a semicolon when it has more of them than commas (French spreadsheets). */
export function detectSeparator(header: string): "," | ";" {
  const count = (char: string) => header.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** A field as a CSV cell: quoted when it holds a separator, a quote, or starts like a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
