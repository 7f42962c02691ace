/** A location in an entry, as zod reports it: `["purposes", 1, "legalBasis"]`. */
export type EntryPath = readonly (string | number)[];

/** A path as people read it: `purposes[1].legalBasis` (empty for the root). */
export function formatPath(path: EntryPath): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === "number" ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    "",
  );
}
