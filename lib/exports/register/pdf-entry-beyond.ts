import { assessCompleteness } from "@/lib/register/completeness/completeness";
import { CNIL_DPIA_REQUIRED_LIST, screenDpia, WP248_CRITERIA } from "@/lib/register/dpia/dpia";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { formatDay } from "../pdf/format";
import type { PdfWriter } from "../pdf/writer";
import type { RegisterPdfRow } from "./pdf-data";
import { list, r, type EntryContext } from "./pdf-entry-context";

function dpiaFields(entry: ProcessingActivity, c: EntryContext): [string, string][] {
  const none = c.t("exportsPdf.none");
  const dpia = entry.dpia;
  const screening = screenDpia({
    criteria: dpia.criteria,
    cnilRequiredTypes: dpia.cnilRequiredTypes,
    cnilExemptTypes: dpia.cnilExemptTypes,
    dataCategories: entry.dataCategories,
    dpoOverride: dpia.dpoOverride,
  });
  const outcome = { required: "required", not_required: "notRequired", dpo_override: "dpoOverride" }[screening.outcome];
  return [
    [c.t(r("dpiaScreening")), c.t(`register.dpia.outcomes.${outcome}`)],
    [
      c.t(r("dpiaCriteria")),
      list(
        screening.criteria.map((key) => {
          const criterion = WP248_CRITERIA.find((x) => x.key === key)!;
          return `${criterion.number}. ${criterion.label[c.locale]}`;
        }),
        none,
      ),
    ],
    [
      c.t(r("dpiaCnilTypes")),
      list(
        screening.cnilRequiredTypes.map(
          (key) => CNIL_DPIA_REQUIRED_LIST.items.find((x) => x.key === key)?.label[c.locale] ?? key,
        ),
        none,
      ),
    ],
    [
      c.t(r("dpoDecision")),
      dpia.dpoOverride
        ? `${c.t(dpia.dpoOverride.isDpiaRequired ? "exportsPdf.yes" : "exportsPdf.no")} — ${dpia.dpoOverride.reason}`
        : none,
    ],
    [
      c.t(r("dpiaStatus")),
      [
        c.t(`register.dpiaStatuses.${dpia.status}`),
        dpia.status === "done"
          ? c.t(r("dpiaDone"), { day: formatDay(dpia.completedOn), document: dpia.documentReference || "—" })
          : "",
      ]
        .filter(Boolean)
        .join(" — "),
    ],
    [c.t(r("dpiaNextReview")), formatDay(dpia.nextReviewOn)],
  ];
}

/** What goes beyond Art. 30: description, source, systems, processors, owner, review, DPIA, completeness. */
export function drawBeyond(w: PdfWriter, c: EntryContext, row: RegisterPdfRow): number {
  const entry = row.content;
  const none = c.t("exportsPdf.none");
  const f = (key: string) => c.t(`register.form.fields.${key}`);
  const assessment = assessCompleteness(entry, { now: c.now, timeZone: c.timeZone });
  w.heading(c.t(r("beyond")), 3);
  w.fields([
    [f("dataSource"), entry.dataSource || none],
    [f("systems"), list(entry.systems, none)],
    [
      f("processors"),
      list(
        entry.processors.map((p) =>
          [p.name, p.service, p.country, p.contractDate ? formatDay(p.contractDate) : ""].filter(Boolean).join(" — "),
        ),
        none,
      ),
    ],
    [f("businessOwner"), entry.businessOwner || none],
    [f("nextReviewOn"), formatDay(entry.nextReviewOn)],
    [c.t(r("completenessScore")), c.t(r("scoreValue"), { score: assessment.score })],
    [
      c.t(r("missingItems")),
      list(
        assessment.missing.map((m) => c.t(m.key, m.params as Record<string, string | number> | undefined)),
        none,
      ),
    ],
  ]);
  w.heading(c.t(r("dpiaTitle")), 3);
  w.fields(dpiaFields(entry, c));
  return assessment.score;
}
