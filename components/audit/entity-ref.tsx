import { shortenId } from "./format";

/** An audited entity: its translated type, then its identifier (UUIDs shortened, full value in `title`). */
export function EntityRef({ typeLabel, id }: { typeLabel: string; id: string | null }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <span>{typeLabel}</span>
      {id ? (
        <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs text-foreground" title={id}>
          {shortenId(id)}
        </code>
      ) : null}
    </span>
  );
}
