import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import { getDataCategory } from "@/lib/register/catalogue/catalogue";
import { entryToRow, HEADER, REGISTER_COLUMNS } from "@/lib/register/import/layout";
import { ART9_CONDITION_DEFINITIONS, LEGAL_BASIS_DEFINITIONS } from "@/lib/register/catalogue/legal-bases";
import type { Locale } from "@/lib/register/catalogue/localized-text";
import { SECURITY_MEASURES } from "@/lib/register/catalogue/security-measures";
import type { XlsxColumn, XlsxColumnType, XlsxValue } from "../xlsx/cells";
import type { RecordSheet } from "../xlsx/workbook";
import { registerLabels, type RegisterLabel } from "./labels";
import type { RegisterRecord } from "./source";

/** A sheet of the register workbook: its layout and the rows one entry gives (none, one or several). */
export type RegisterSheet = RecordSheet<RegisterRecord>;

const DATE_COLUMNS = new Set(REGISTER_COLUMNS.filter((c) => c.kind === "date").map((c) => c.name));
const JSON_COLUMNS = new Set(REGISTER_COLUMNS.filter((c) => c.kind === "json").map((c) => c.name));

/** The activities sheet: exactly the import layout (docs/register-layout.md), one row per entry, dates as dates. */
export function activitiesSheet(locale: Locale): RegisterSheet {
  const columns: XlsxColumn[] = HEADER.map((name) => ({
    header: name,
    width: name === "name" ? 40 : JSON_COLUMNS.has(name) ? 60 : name === "reference" ? 12 : 24,
    type: DATE_COLUMNS.has(name) ? "date" : "text",
  }));
  return {
    spec: { name: registerLabels(locale).activities, columns },
    rows: (record) => {
      const row = entryToRow(record.content, record.reference);
      return [HEADER.map((name) => row[name] ?? "")];
    },
  };
}

type ColumnDef = readonly [RegisterLabel, number, XlsxColumnType?];

function concernSheet(
  locale: Locale,
  name: RegisterLabel,
  columns: readonly ColumnDef[],
  rows: (record: RegisterRecord, locale: Locale) => XlsxValue[][],
): RegisterSheet {
  const labels = registerLabels(locale);
  const head: ColumnDef[] = [
    ["reference", 12],
    ["activity", 40],
  ];
  return {
    spec: {
      name: labels[name],
      columns: [...head, ...columns].map(([label, width, type]) => ({
        header: labels[label],
        width,
        type: type ?? "text",
      })),
    },
    rows: (record) => rows(record, locale).map((cells) => [record.reference, record.content.name, ...cells]),
  };
}

const purposes = (locale: Locale) =>
  concernSheet(
    locale,
    "purposes",
    [
      ["number", 6, "number"],
      ["purpose", 50],
      ["legalBasis", 28],
      ["legalProvision", 20],
      ["balancingTest", 50],
      ["art9Condition", 30],
    ],
    ({ content }) =>
      content.purposes.map((p, index) => [
        index + 1,
        p.description,
        p.legalBasis ? LEGAL_BASIS_DEFINITIONS[p.legalBasis].label[locale] : "",
        p.legalBasis ? legalReferenceIn(LEGAL_BASIS_DEFINITIONS[p.legalBasis].article, locale) : "",
        p.balancingTest,
        p.art9Condition
          ? `${ART9_CONDITION_DEFINITIONS[p.art9Condition].label[locale]} (${legalReferenceIn(ART9_CONDITION_DEFINITIONS[p.art9Condition].article, locale)})`
          : "",
      ]),
  );

/** One row per data category processed, with its retention rule; rules for unlisted categories too. */
const retention = (locale: Locale) =>
  concernSheet(
    locale,
    "retention",
    [
      ["dataCategory", 24],
      ["categoryLabel", 36],
      ["isSpecial", 12, "boolean"],
      ["retentionValue", 10, "number"],
      ["retentionUnit", 10],
      ["trigger", 30],
      ["legalReference", 30],
      ["justification", 40],
    ],
    ({ content }) => {
      const keys = [
        ...content.dataCategories,
        ...content.retention.map((r) => r.dataCategory).filter((key) => !content.dataCategories.includes(key)),
      ];
      return keys.map((key) => {
        const category = getDataCategory(key);
        const rule = content.retention.find((r) => r.dataCategory === key);
        return [
          key,
          category.label[locale],
          category.isSpecial,
          rule?.duration.value ?? null,
          rule?.duration.unit ?? "",
          rule?.trigger ?? "",
          rule?.legalReference ?? "",
          rule?.justification ?? "",
        ];
      });
    },
  );

const recipients = (locale: Locale) =>
  concernSheet(
    locale,
    "recipients",
    [
      ["recipientKind", 16],
      ["recipientName", 40],
      ["isInThirdCountry", 12, "boolean"],
    ],
    ({ content }) => content.recipients.map((r) => [r.kind, r.name, r.isInThirdCountry]),
  );

/** The entry's own transfers (Art. 30(1)(e)) and, for a processor, those made for each controller served (Art. 30(2)(c)). */
const transfers = (locale: Locale) =>
  concernSheet(
    locale,
    "transfers",
    [
      ["transferredBy", 30],
      ["country", 8],
      ["internationalOrganisation", 24],
      ["recipientName", 30],
      ["mechanism", 18],
      ["documentationReference", 36],
    ],
    ({ content }, lang) => [
      ...content.transfers.map((t) => [
        registerLabels(lang).ownEntry,
        t.country,
        t.internationalOrganisation,
        t.recipient,
        t.mechanism ?? "",
        t.documentationReference,
      ]),
      ...content.controllersServed.flatMap((c) =>
        c.transfers.map((t) => [
          c.name,
          t.country,
          t.internationalOrganisation,
          t.recipient,
          t.mechanism ?? "",
          t.documentationReference,
        ]),
      ),
    ],
  );

/** One row per checked measure, then the free description (measure left empty). */
const security = (locale: Locale) =>
  concernSheet(
    locale,
    "security",
    [
      ["measure", 24],
      ["measureLabel", 40],
      ["article", 20],
      ["description", 60],
    ],
    ({ content }) => [
      ...content.securityMeasures.measures.map((key) => [
        key,
        SECURITY_MEASURES[key].label[locale],
        legalReferenceIn(SECURITY_MEASURES[key].article, locale),
        "",
      ]),
      ...(content.securityMeasures.description ? [["", "", "", content.securityMeasures.description]] : []),
    ],
  );

const processors = (locale: Locale) =>
  concernSheet(
    locale,
    "processors",
    [
      ["processorName", 30],
      ["service", 40],
      ["country", 8],
      ["contractDate", 14, "date"],
    ],
    ({ content }) => content.processors.map((p) => [p.name, p.service, p.country, p.contractDate]),
  );

const party = (p: { name: string; contact: string } | null) =>
  p ? [p.name, p.contact].filter(Boolean).join(" — ") : "";

/** Art. 30(2): the controllers a processor entry serves. */
const controllers = (locale: Locale) =>
  concernSheet(
    locale,
    "controllers",
    [
      ["controllerName", 30],
      ["contact", 36],
      ["isEstablishedInEu", 12, "boolean"],
      ["representative", 36],
      ["dpo", 36],
      ["processingCategories", 50],
      ["contractDate", 14, "date"],
    ],
    ({ content }) =>
      content.controllersServed.map((c) => [
        c.name,
        c.contact,
        c.isEstablishedInEu,
        party(c.representative),
        party(c.dpo),
        c.processingCategories.join(" | "),
        c.contractDate,
      ]),
  );

/** Every sheet of the register workbook, in order: activities first (the sheet the import reads). */
export function registerSheets(locale: Locale): RegisterSheet[] {
  return [
    activitiesSheet(locale),
    purposes(locale),
    retention(locale),
    recipients(locale),
    transfers(locale),
    security(locale),
    processors(locale),
    controllers(locale),
  ];
}
