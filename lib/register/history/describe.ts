import { getDataCategory, type DataCategoryKey } from "../catalogue/catalogue";
import { ART9_CONDITION_DEFINITIONS, LEGAL_BASIS_DEFINITIONS, type LegalBasis } from "../catalogue/legal-bases";
import { PURPOSE_FAMILY_LABELS, type PurposeFamily } from "../catalogue/purpose-families";
import type { DiffChange } from "./diff";
import { formatDay } from "@/lib/time/format-day";

type Locale = "fr" | "en";
/** A translator over the `register` messages (next-intl's `t`, scoped to the root). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Field label keys (`register.form.fields.*`) by the entry path's last key, qualified by its list when ambiguous. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  "organisation.name": "organisationName",
  "organisation.contact": "organisationContact",
  "dpo.name": "dpoName",
  "dpo.contact": "dpoContact",
  "euRepresentative.name": "representativeName",
  "euRepresentative.contact": "representativeContact",
  "purposes.description": "purposeDescription",
  "purposes.family": "purposeFamily",
  "recipients.kind": "recipientKind",
  "recipients.name": "recipientName",
  "transfers.recipient": "transferRecipient",
  "retention.dataCategory": "retentionCategory",
  "retention.duration": "durationValue",
  "processors.name": "processorName",
  "processors.service": "processorService",
  "securityMeasures.measures": "measures",
  "securityMeasures.description": "securityDescription",
  "dpia.status": "dpiaStatus",
  "dpia.completedOn": "dpiaCompletedOn",
  "dpia.documentReference": "dpiaDocument",
  "dpia.nextReviewOn": "dpiaNextReview",
  "dpia.criteria": "dpiaCriteria",
};

/** Lists whose items the diff names as "<section> n". */
const LIST_SECTIONS: Readonly<Record<string, string>> = {
  purposes: "purposes",
  recipients: "recipients",
  transfers: "transfers",
  retention: "retention",
  jointControllers: "identity",
  controllersServed: "controllersServed",
  processors: "governance",
};

/** The path of a change as the form names it: "Finalités 2 · Base légale (art. 6)". */
export function describeField(segments: DiffChange["segments"], t: Translate, has: (key: string) => boolean): string {
  const parts: string[] = [];
  let list: string | null = null;
  let parent: string | null = null;
  for (const segment of segments) {
    if (typeof segment === "number") {
      if (list) parts.push(`${sectionOrField(list, t, has)} ${segment + 1}`);
      continue;
    }
    const qualified = FIELD_LABELS[`${list ?? parent}.${segment}`] ?? FIELD_LABELS[`${parent}.${segment}`];
    const key = qualified ?? segment;
    if (LIST_SECTIONS[segment] && !qualified) list = segment;
    else if (has(`register.form.fields.${key}`)) parts.push(t(`register.form.fields.${key}`));
    else if (has(`register.list.columns.${key}`)) parts.push(t(`register.list.columns.${key}`));
    else if (!LIST_SECTIONS[segment]) parts.push(key);
    parent = segment;
  }
  if (parts.length === 0 && list) parts.push(sectionOrField(list, t, has));
  return parts.join(" · ");
}

function sectionOrField(list: string, t: Translate, has: (key: string) => boolean): string {
  return has(`register.form.fields.${list}`)
    ? t(`register.form.fields.${list}`)
    : t(`register.form.sections.${LIST_SECTIONS[list] ?? list}`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as the UI shows it: labels of keys, dates in the locale's format, lists as items, rows summarised. */
export function describeValue(value: unknown, field: string | undefined, t: Translate, locale: Locale): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return t(value ? "register.diff.yes" : "register.diff.no");
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return formatDay(value, locale);
    return labelOf(value, field, t, locale) ?? value;
  }
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  if (Array.isArray(value)) return value.map((item) => describeValue(item, field, t, locale)).join(", ");
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("value" in record && "unit" in record && typeof record.value === "number")
      return t(`register.form.durations.${String(record.unit)}`, { count: record.value });
    return Object.entries(record)
      .map(([key, inner]) => describeValue(inner, key, t, locale))
      .filter((text) => text !== "—")
      .join(" — ");
  }
  return String(value);
}

function labelOf(value: string, field: string | undefined, t: Translate, locale: Locale): string | undefined {
  switch (field) {
    case "status":
      return t(`register.statuses.${value}`);
    case "role":
      return t(`register.roles.${value}`);
    case "legalBasis":
      return LEGAL_BASIS_DEFINITIONS[value as LegalBasis]?.label[locale];
    case "art9Condition":
      return ART9_CONDITION_DEFINITIONS[value as keyof typeof ART9_CONDITION_DEFINITIONS]?.label[locale];
    case "family":
      return PURPOSE_FAMILY_LABELS[value as PurposeFamily]?.[locale];
    case "dataCategory":
    case "dataCategories":
      try {
        return getDataCategory(value as DataCategoryKey).label[locale];
      } catch {
        return undefined;
      }
    case "kind":
      return t(`register.form.kinds.${value}`);
    case "mechanism":
      return t(`register.form.mechanisms.${value}`);
    default:
      return undefined;
  }
}

/** The last key of a path (the field a value belongs to). */
export function fieldOf(segments: DiffChange["segments"]): string | undefined {
  const key = [...segments].reverse().find((segment) => typeof segment === "string");
  return typeof key === "string" ? key : undefined;
}
