import { shortenId } from "./format";

/** Entities named by a file name: a technical value, shown as code like identifiers. */
const NAMED_BY_FILE = new Set(["export"]);

/**
 * An audited entity: its translated type, then its name (reference and title, key or user name;
 * an export's file name as code) when the log reader resolved one; otherwise its identifier (UUIDs
 * shortened). The full identifier stays available in `title`.
 */
export function EntityRef({
  entityType,
  typeLabel,
  id,
  name,
}: {
  entityType: string;
  typeLabel: string;
  id: string | null;
  name?: string | null;
}) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <span>{typeLabel}</span>
      {name && NAMED_BY_FILE.has(entityType) ? (
        <code
          className="rounded bg-muted px-1 py-0.5 font-mono text-xs wrap-anywhere text-foreground"
          title={id ?? undefined}
        >
          {name}
        </code>
      ) : name ? (
        <span className="font-medium wrap-anywhere text-foreground" title={id ?? undefined}>
          {name}
        </span>
      ) : id ? (
        <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs text-foreground" title={id}>
          {shortenId(id)}
        </code>
      ) : null}
    </span>
  );
}
