import Link from "next/link";
import type { IncidentSummaryDTO } from "@/lib/incidents/summary";

/**
 * One incident whose scope is still to confirm: its link and the facts left unknown (already translated),
 * for the incidents page's section and the overview's card alike.
 */
export function ScopeToConfirmItem({
  incident,
  unknownFacts,
}: {
  incident: Pick<IncidentSummaryDTO, "reference" | "title">;
  unknownFacts: readonly string[];
}) {
  return (
    <li>
      <Link href={`/incidents/${incident.reference}`} prefetch={false} className="underline underline-offset-2">
        <span className="font-mono">{incident.reference}</span> — {incident.title}
      </Link>{" "}
      <span className="text-muted-foreground">({unknownFacts.join(", ")})</span>
    </li>
  );
}
