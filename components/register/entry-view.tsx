import { formatDay } from "@/lib/time/format-day";
import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import { getLocale, getTranslations } from "next-intl/server";
import { sectionsForRole, type EntrySection } from "@/lib/register/entry/sections";
import { PURPOSE_FAMILY_LABELS } from "@/lib/register/catalogue/purpose-families";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDataCategory } from "@/lib/register/catalogue/catalogue";
import { ART9_CONDITION_DEFINITIONS, LEGAL_BASIS_DEFINITIONS } from "@/lib/register/catalogue/legal-bases";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { SECURITY_MEASURES } from "@/lib/register/catalogue/security-measures";

/** The entry as the DPO and the auditor read it: every Art. 30 field, section by section. */
export async function EntryView({ entry }: { entry: ProcessingActivity }) {
  const t = await getTranslations("register");
  const locale = (await getLocale()) as "fr" | "en";
  const f = (key: string) => t(`form.fields.${key}`);
  const text = (value: string | null | undefined) => (value ? value : "—");
  const day = (value: string | null | undefined) => (value ? formatDay(value, locale) : "—");
  const party = (p: { name: string; contact: string } | null) =>
    p ? [p.name, p.contact].filter(Boolean).join(" — ") || "—" : "—";
  const items = (list: readonly ReactNode[]) =>
    list.length === 0 ? (
      "—"
    ) : (
      <ul className="list-disc pl-5">
        {list.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  const transfer = (tr: ProcessingActivity["transfers"][number]) =>
    [
      tr.country || tr.internationalOrganisation,
      tr.recipient,
      tr.mechanism ? t(`form.mechanisms.${tr.mechanism}`) : null,
      tr.documentationReference,
    ]
      .filter(Boolean)
      .join(" — ");

  const visible = sectionsForRole(entry.role);
  const sections: { key: string; rows: [string, ReactNode][] }[] = [
    {
      key: "general",
      rows: [
        [f("description"), text(entry.description)],
        [f("role"), t(`roles.${entry.role}`)],
      ],
    },
    {
      key: "identity",
      rows: [
        [f("organisationName"), party(entry.organisation)],
        [f("dpoName"), party(entry.dpo)],
        [f("hasRepresentative"), party(entry.euRepresentative)],
        [
          f("jointControllers"),
          items(
            entry.jointControllers.map(
              (j) => `${party(j)}${j.arrangementReference ? ` (${j.arrangementReference})` : ""}`,
            ),
          ),
        ],
      ],
    },
    ...(entry.role === "processor"
      ? [
          {
            key: "controllersServed",
            rows: entry.controllersServed.map((s, i): [string, ReactNode] => [
              s.name || t("form.item", { index: i + 1 }),
              items([
                party(s),
                `${f("servedDpoName")} : ${party(s.dpo)}`,
                `${f("processingCategories")} : ${s.processingCategories.join(", ") || "—"}`,
                `${f("contractDate")} : ${day(s.contractDate)}`,
                ...s.transfers.map(transfer),
              ]),
            ]),
          },
        ]
      : []),
    {
      key: "purposes",
      rows: [
        [
          t("form.sections.purposes"),
          items(
            entry.purposes.map((p) =>
              [
                p.description,
                p.family ? PURPOSE_FAMILY_LABELS[p.family][locale] : null,
                p.legalBasis ? LEGAL_BASIS_DEFINITIONS[p.legalBasis].label[locale] : null,
                p.art9Condition ? ART9_CONDITION_DEFINITIONS[p.art9Condition].label[locale] : null,
                p.balancingTest,
              ]
                .filter(Boolean)
                .join(" — "),
            ),
          ),
        ],
      ],
    },
    {
      key: "data",
      rows: [
        [f("dataSubjectCategories"), items(entry.dataSubjectCategories)],
        [f("dataCategories"), items(entry.dataCategories.map((key) => getDataCategory(key).label[locale]))],
        [f("criminalDataAuthorisation"), text(entry.criminalDataAuthorisation)],
      ],
    },
    {
      key: "recipients",
      rows: [
        [t("form.sections.recipients"), items(entry.recipients.map((r) => `${t(`form.kinds.${r.kind}`)} — ${r.name}`))],
      ],
    },
    { key: "transfers", rows: [[t("form.sections.transfers"), items(entry.transfers.map(transfer))]] },
    {
      key: "retention",
      rows: [
        [
          t("form.sections.retention"),
          items(
            entry.retention.map((r) =>
              [
                getDataCategory(r.dataCategory).label[locale],
                t(`form.durations.${r.duration.unit}`, { count: r.duration.value }),
                r.trigger,
                r.legalReference ? legalReferenceIn(r.legalReference, locale) : null,
                r.justification,
              ]
                .filter(Boolean)
                .join(" — "),
            ),
          ),
        ],
      ],
    },
    {
      key: "security",
      rows: [
        [f("measures"), items(entry.securityMeasures.measures.map((m) => SECURITY_MEASURES[m].label[locale]))],
        [f("securityDescription"), text(entry.securityMeasures.description)],
      ],
    },
    {
      key: "governance",
      rows: [
        [f("dataSource"), text(entry.dataSource)],
        [f("systems"), items(entry.systems)],
        [
          f("processors"),
          items(
            entry.processors.map((p) =>
              [p.name, p.service, p.country, p.contractDate ? day(p.contractDate) : null].filter(Boolean).join(" — "),
            ),
          ),
        ],
        [f("businessOwner"), text(entry.businessOwner)],
        [f("nextReviewOn"), day(entry.nextReviewOn)],
      ],
    },
  ];

  return (
    <Card role="region" aria-labelledby="content-title">
      <CardHeader>
        <CardTitle>
          <h2 id="content-title" className="text-lg font-semibold">
            {t("detail.content")}
          </h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6">
        {sections
          .filter((section) => visible.includes(section.key as EntrySection))
          .map((section) => (
            <section key={section.key} aria-labelledby={`view-${section.key}`} className="grid gap-2">
              <h3 id={`view-${section.key}`} className="font-medium">
                {t(`form.sections.${section.key}`)}
              </h3>
              <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[minmax(12rem,1fr)_3fr]">
                {section.rows.map(([label, value], i) => (
                  <div key={i} className="contents">
                    <dt className="text-muted-foreground">{label}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
      </CardContent>
    </Card>
  );
}
