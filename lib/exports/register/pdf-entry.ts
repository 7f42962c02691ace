/** Register entry sections in the PDF: the Art. 30 items of a controller's or a processor's record, in the order of the law. */
import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import { getDataCategory } from "@/lib/register/catalogue/catalogue";
import { ART9_CONDITION_DEFINITIONS, LEGAL_BASIS_DEFINITIONS } from "@/lib/register/catalogue/legal-bases";
import { findRetentionCeiling } from "@/lib/register/catalogue/retention-ceilings";
import { durationInMonths } from "@/lib/register/catalogue/duration";
import type { ControllerServed, ProcessingActivity, Transfer } from "@/lib/register/schemas";
import { SECURITY_MEASURES } from "@/lib/register/catalogue/security-measures";
import { formatDay } from "../pdf/format";
import type { PdfWriter } from "../pdf/writer";
import type { RegisterPdfRow } from "./pdf-data";
import { drawBeyond } from "./pdf-entry-beyond";
import { list, party, r, type EntryContext } from "./pdf-entry-context";

function transferRows(transfers: readonly Transfer[], c: EntryContext): string[][] {
  return transfers.map((tr) => [
    [tr.country, tr.internationalOrganisation].filter(Boolean).join(" — ") || c.t("exportsPdf.notRecorded"),
    tr.recipient || "—",
    tr.mechanism ? c.t(`register.form.mechanisms.${tr.mechanism}`) : c.t("exportsPdf.notRecorded"),
    tr.documentationReference || "—",
  ]);
}

/** A table, or "None" when it has no rows (an Art. 30 item is always printed, even when empty). */
function tableOrNone(
  w: PdfWriter,
  c: EntryContext,
  headers: readonly [string, number][],
  rows: readonly string[][],
): void {
  if (rows.length === 0) {
    w.text(c.t("exportsPdf.none"), { indent: 8 });
    return;
  }
  const table = w.table(headers.map(([header, width]) => ({ header: c.t(header), width })));
  for (const row of rows) table.row(row);
  table.end();
}

function transfersTable(w: PdfWriter, c: EntryContext, transfers: readonly Transfer[]): void {
  const k = (key: string) => r(`transferColumns.${key}`);
  tableOrNone(
    w,
    c,
    [
      [k("destination"), 0.25],
      [k("recipient"), 0.25],
      [k("mechanism"), 0.25],
      [k("documentation"), 0.25],
    ],
    transferRows(transfers, c),
  );
}

function securityFields(w: PdfWriter, c: EntryContext, entry: ProcessingActivity): void {
  const none = c.t("exportsPdf.none");
  w.fields([
    [
      c.t(r("securityMeasures")),
      list(
        entry.securityMeasures.measures.map(
          (m) =>
            `${SECURITY_MEASURES[m].label[c.locale]} (${legalReferenceIn(SECURITY_MEASURES[m].article, c.locale)})`,
        ),
        none,
      ),
    ],
    [c.t(r("securityDescription")), entry.securityMeasures.description || none],
  ]);
}

function retentionRows(entry: ProcessingActivity, c: EntryContext): string[][] {
  return entry.retention.map((rule) => {
    const category = getDataCategory(rule.dataCategory);
    const ceiling = category.retentionCeiling ? findRetentionCeiling(category.retentionCeiling, c.day) : undefined;
    // "1 an", "5 ans", "3 mois": the plural the UI uses.
    const unit = (value: number, u: "months" | "years") => c.t(`register.form.durations.${u}`, { count: value });
    const exceeds = ceiling !== undefined && durationInMonths(rule.duration) > durationInMonths(ceiling.duration);
    return [
      category.label[c.locale],
      unit(rule.duration.value, rule.duration.unit),
      rule.trigger || "—",
      rule.legalReference || "—",
      ceiling
        ? c.t(r("ceilingValue"), {
            duration: unit(ceiling.duration.value, ceiling.duration.unit),
            reference: legalReferenceIn(ceiling.legalReference, c.locale),
          })
        : c.t(r("ceilingNone")),
      !ceiling
        ? "—"
        : !exceeds
          ? c.t(r("withinCeiling"))
          : rule.justification
            ? c.t(r("exceedsJustified"), { justification: rule.justification })
            : c.t(r("exceedsUnjustified")),
    ];
  });
}

/** Controller's record, Art. 30(1)(a)–(g), in the order of the law. */
function drawControllerItems(w: PdfWriter, c: EntryContext, entry: ProcessingActivity): void {
  const none = c.t("exportsPdf.none");
  const item = (letter: string) => w.heading(c.t(r(`art30_1.${letter}`)), 3);
  item("a");
  w.fields([
    [c.t(r("controller")), party(entry.organisation, c.t("exportsPdf.notRecorded"))],
    ...entry.jointControllers.map((j): [string, string] => [
      c.t(r("jointController")),
      [party(j, none), j.arrangementReference ? c.t(r("arrangement"), { reference: j.arrangementReference }) : ""]
        .filter(Boolean)
        .join("\n"),
    ]),
    [c.t(r("representative")), party(entry.euRepresentative, none)],
    [c.t("exportsPdf.dpo"), party(entry.dpo, c.t("exportsPdf.notRecorded"))],
  ]);
  item("b");
  const p = (key: string) => r(`purposeColumns.${key}`);
  tableOrNone(
    w,
    c,
    [
      [p("purpose"), 0.34],
      [p("legalBasis"), 0.2],
      [p("art9"), 0.18],
      [p("balancing"), 0.28],
    ],
    entry.purposes.map((purpose) => [
      purpose.description || "—",
      purpose.legalBasis
        ? `${LEGAL_BASIS_DEFINITIONS[purpose.legalBasis].label[c.locale]} (${legalReferenceIn(LEGAL_BASIS_DEFINITIONS[purpose.legalBasis].article, c.locale)})`
        : c.t("exportsPdf.notRecorded"),
      purpose.art9Condition
        ? `${ART9_CONDITION_DEFINITIONS[purpose.art9Condition].label[c.locale]} (${legalReferenceIn(ART9_CONDITION_DEFINITIONS[purpose.art9Condition].article, c.locale)})`
        : "—",
      purpose.balancingTest || "—",
    ]),
  );
  item("c");
  w.fields([
    [c.t(r("dataSubjects")), list(entry.dataSubjectCategories, none)],
    [
      c.t(r("dataCategories")),
      list(
        entry.dataCategories.map((key) => getDataCategory(key).label[c.locale]),
        none,
      ),
    ],
    [c.t(r("criminalData")), entry.criminalDataAuthorisation || none],
  ]);
  item("d");
  const k = (key: string) => r(`recipientColumns.${key}`);
  tableOrNone(
    w,
    c,
    [
      [k("kind"), 0.25],
      [k("name"), 0.55],
      [k("thirdCountry"), 0.2],
    ],
    entry.recipients.map((rec) => [
      c.t(`register.form.kinds.${rec.kind}`),
      rec.name || "—",
      c.t(rec.isInThirdCountry ? "exportsPdf.yes" : "exportsPdf.no"),
    ]),
  );
  item("e");
  transfersTable(w, c, entry.transfers);
  item("f");
  const q = (key: string) => r(`retentionColumns.${key}`);
  tableOrNone(
    w,
    c,
    [
      [q("category"), 0.18],
      [q("period"), 0.1],
      [q("trigger"), 0.17],
      [q("legalReference"), 0.17],
      [q("ceiling"), 0.18],
      [q("check"), 0.2],
    ],
    retentionRows(entry, c),
  );
  item("g");
  securityFields(w, c, entry);
}

function servedFields(s: ControllerServed, c: EntryContext): [string, string][] {
  const none = c.t("exportsPdf.none");
  return [
    [c.t(r("controllerServed")), party(s, c.t("exportsPdf.notRecorded"))],
    [c.t(r("establishedInEu")), c.t(s.isEstablishedInEu ? "exportsPdf.yes" : "exportsPdf.no")],
    [c.t(r("representative")), party(s.representative, none)],
    [c.t("exportsPdf.dpo"), party(s.dpo, none)],
    [c.t(r("contractDate")), formatDay(s.contractDate)],
  ];
}

/** Processor's record, Art. 30(2)(a)–(d), per controller served. */
function drawProcessorItems(w: PdfWriter, c: EntryContext, entry: ProcessingActivity): void {
  const none = c.t("exportsPdf.none");
  const item = (letter: string) => w.heading(c.t(r(`art30_2.${letter}`)), 3);
  item("a");
  w.fields([
    [c.t(r("processor")), party(entry.organisation, c.t("exportsPdf.notRecorded"))],
    [c.t(r("representative")), party(entry.euRepresentative, none)],
    [c.t("exportsPdf.dpo"), party(entry.dpo, c.t("exportsPdf.notRecorded"))],
  ]);
  if (entry.controllersServed.length === 0) w.text(c.t("exportsPdf.none"), { indent: 8 });
  for (const served of entry.controllersServed) w.fields(servedFields(served, c));
  item("b");
  w.fields(
    entry.controllersServed.map((s): [string, string] => [
      s.name || c.t("exportsPdf.notRecorded"),
      list(s.processingCategories, none),
    ]),
  );
  if (entry.controllersServed.length === 0) w.text(none, { indent: 8 });
  item("c");
  for (const served of entry.controllersServed) {
    w.text(`${c.t(r("controllerServed"))} : ${served.name || "—"}`, { bold: true, size: 9 });
    transfersTable(w, c, served.transfers);
  }
  if (entry.transfers.length > 0 || entry.controllersServed.length === 0) transfersTable(w, c, entry.transfers);
  item("d");
  securityFields(w, c, entry);
}

/** One register entry: its heading in the table of contents, identification, the Art. 30 items in order, then the rest. Returns its completeness score. */
export function drawRegisterEntry(w: PdfWriter, c: EntryContext, row: RegisterPdfRow): number {
  const entry = row.content;
  w.heading(c.t(r("entryTitle"), { reference: row.reference, name: entry.name }), 2, { toc: true });
  w.fields([
    [c.t(r("reference")), `${row.reference} — ${c.t(r("version"))} ${row.version}`],
    [c.t(r("status")), c.t(`register.statuses.${row.status}`)],
    [c.t(r("role")), c.t(`register.roles.${entry.role}`)],
    [c.t(r("description")), entry.description || c.t("exportsPdf.none")],
  ]);
  if (entry.role === "processor") drawProcessorItems(w, c, entry);
  else drawControllerItems(w, c, entry);
  return drawBeyond(w, c, row);
}
