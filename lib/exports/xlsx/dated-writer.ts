import ExcelJS from "exceljs";

type Append = (source: unknown, data: { name: string; date?: Date }) => unknown;

/**
 * exceljs's streaming workbook writer, every part of whose ZIP carries `date`. exceljs hands each
 * part to its archiver without a date, and the archiver stamps it with the clock: the same data
 * exported with the same `now` would differ byte for byte, and so in its SHA-256. The theme and the
 * package relationships are added by exceljs's own constructor, before the archiver can be dated:
 * they are skipped then and added here once it is.
 */
export class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  /** False while exceljs's constructor runs (a class field is set after `super` returns). */
  private dated = false;

  constructor(options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>, date: Date) {
    super(options);
    const zip = (this as unknown as { zip?: { append: Append } }).zip;
    if (!zip) throw new Error("exceljs's workbook writer has no ZIP archiver: its parts cannot be dated");
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(source, { ...data, date });
    this.dated = true;
    (this as unknown as { promise: Promise<unknown> }).promise = Promise.all([this.addThemes(), this.addOfficeRels()]);
  }

  override addThemes(): Promise<void> {
    return this.dated ? super.addThemes() : Promise.resolve();
  }

  override addOfficeRels(): Promise<void> {
    return this.dated ? super.addOfficeRels() : Promise.resolve();
  }
}
