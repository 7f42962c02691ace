import type { FindingDTO } from "@/lib/security-programme/dto";
import { canMoveFinding } from "@/lib/security-programme/findings";
import { AcceptRiskDialog, RetestDialog } from "./finding-forms";
import { LinkIncidentDialog } from "./finding-link-form";
import { FindingStatusDialog } from "./finding-status-forms";

/**
 * What the security director can do with a finding, as its status allows (lib/security-programme/findings.ts):
 * start the remediation, mark it fixed with its evidence, close it with a retest, accept the risk,
 * and link it to an incident (offered when the incidents to choose from are given).
 */
export function FindingActions({
  finding: f,
  today,
  incidents,
}: {
  finding: FindingDTO;
  today: string;
  incidents?: { id: string; reference: string; title: string }[];
}) {
  const target = { id: f.id, version: f.version, title: f.title };
  const may = (to: Parameters<typeof canMoveFinding>[1]) => canMoveFinding(f.status, to);
  return (
    <div className="flex flex-wrap gap-2">
      {may("in_remediation") ? <FindingStatusDialog {...target} status="in_remediation" /> : null}
      {may("fixed") ? <FindingStatusDialog {...target} status="fixed" /> : null}
      {may("verified") ? <RetestDialog {...target} today={today} /> : null}
      {may("risk_accepted") ? <AcceptRiskDialog {...target} today={today} /> : null}
      {incidents ? (
        <LinkIncidentDialog
          findingId={f.id}
          title={f.title}
          incidents={incidents.filter((i) => !f.incidents.some((linked) => linked.id === i.id))}
        />
      ) : null}
    </div>
  );
}
