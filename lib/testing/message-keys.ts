/** Every leaf key of a messages file, dotted ("audit.verify.button"), to compare languages. */
export function messageKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, item]) => messageKeys(item, prefix ? `${prefix}.${key}` : key));
}
