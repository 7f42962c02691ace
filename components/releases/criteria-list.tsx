import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ReleaseDetailDTO } from "@/lib/releases/dto";

const variants = { addressed: "success", residual: "warning", present: "destructive" } as const;

/** The WP29 05/2014 criteria, each answered with the evidence of the review. */
export async function CriteriaList({ criteria }: { criteria: ReleaseDetailDTO["criteria"] }) {
  const t = await getTranslations("releases.criteria");
  return (
    <ul className="grid gap-3">
      {criteria.map((criterion) => (
        <li key={criterion.name} className="grid gap-1" data-testid={`criterion-${criterion.name}`}>
          <div className="flex items-center gap-2">
            <span className="font-medium">{t(criterion.name)}</span>
            <Badge variant={variants[criterion.answer]}>{t(`answers.${criterion.answer}`)}</Badge>
          </div>
          <p className="text-sm text-muted-foreground">
            {"refusal" in criterion.evidence ? "—" : t(`evidence.${criterion.name}`, criterion.evidence)}
          </p>
        </li>
      ))}
    </ul>
  );
}
