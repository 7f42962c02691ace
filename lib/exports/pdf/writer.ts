import SVGtoPDF from "svg-to-pdfkit";
import { fontIndexFor, shaperFor, type PdfFontName } from "./fonts";
import { GenerationCache } from "./generation-cache";
import { BODY_BOTTOM, BODY_WIDTH, PAGE } from "./geometry";
import { LinePainter } from "./line-painter";
import { addPageNumberForm, moveFrontMatterFirst, roman, type PageNumberForm } from "./page-numbers";
import { sharedShapes } from "./shaping";
import { startTable, type Column, type TableRows } from "./table";
import { printable, wrapText, type Line, type Run } from "./text";

const FONT_NAMES: readonly (readonly [PdfFontName, PdfFontName])[] = [
  ["Sans", "SansBold"],
  ["Fallback", "FallbackBold"],
];
const MUTED = "#555555";
/** The header's and footer's text. */
const SMALL = { size: 7.5, color: MUTED } as const;
const FOOTER_Y = PAGE.height - 42;
/** Laid-out lines shared by every document of the process (see `PdfWriter.lines`). */
const sharedLines = new GenerationCache<{ width: number; size: number; bold: boolean; lines: readonly Line[] }[]>(
  20_000,
);
/** Texts longer than this are laid out each time (see `PdfWriter.lines`). */
const CACHED_TEXT_LENGTH = 120;
export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}

export interface WriterOptions {
  /** Header line of every page after the cover (organisation and report title). */
  header: string;
  /** Left part of every footer ("as of" date and where the file's SHA-256 is found). */
  footer: string;
  /** "Page N / M" of the body, "Page i" of the front matter (`total` null). */
  pageLabel: (page: string, total: number | null) => string;
  /** Resolves once the output can take more (back-pressure). */
  drain: () => Promise<void>;
}

/** The numbering a page gets: the body's pages 1, 2, 3…; the front matter's (cover, contents) i, ii, iii…. */
type Section = "body" | "front";

/**
 * Lays out a document on pdfkit a block at a time: text that wraps and breaks across pages,
 * headings kept with what follows, tables whose rows (even one taller than a page) break across
 * pages with the header repeated, SVG charts, and the header/footer of every page. Every string
 * is made `printable` and set in the embedded fonts, so the data prints as stored.
 */
export class PdfWriter {
  /** Pages of the current section so far (the body's, then the front matter's). */
  page = 0;
  y: number = PAGE.top;
  /** Body page of each `heading(..., { toc: true })`, in order: what the table of contents prints. */
  readonly tocHits: number[] = [];
  /** Lines the table of contents has printed (`tocLine`). */
  tocLines = 0;
  private section: Section = "body";
  private frontMatter: (() => Promise<void>) | null = null;
  /** Each body page's page-number form, in page order. */
  private readonly labels: PageNumberForm[] = [];
  private readonly painter: LinePainter;
  /** The footer's text is kept clear of the widest page number a document can have. */
  private readonly labelRoom: number;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly options: WriterOptions,
  ) {
    this.painter = new LinePainter(doc, PAGE.height);
    this.labelRoom = this.measure(options.pageLabel("88888", 88_888), 0, SMALL);
  }

  get remaining(): number {
    return BODY_BOTTOM - this.y;
  }

  drain(): Promise<void> {
    return this.options.drain();
  }

  /**
   * The cover and table of contents: `draw` runs once the body is laid out (so the cover can
   * state what the body counted and the contents give each section's page), on pages numbered
   * i, ii, … that `finish` moves before the body.
   */
  front(draw: () => Promise<void>): void {
    this.frontMatter = draw;
  }

  /** A new page with its footer, and its header unless `header` is false (the cover). */
  newPage({ header = true } = {}): void {
    this.page += 1;
    this.y = PAGE.top;
    this.painter.fillChanged(null);
    this.doc.addPage({ size: "A4", margins: { top: PAGE.top, bottom: 0, left: PAGE.left, right: PAGE.right } });
    this.chrome(header);
  }

  private chrome(header: boolean): void {
    if (header) this.drawLine(this.lines(this.options.header, BODY_WIDTH, SMALL)[0]!, PAGE.left, 30, SMALL);
    for (const [index, line] of this.lines(this.options.footer, BODY_WIDTH - this.labelRoom - 12, SMALL)
      .slice(0, 2)
      .entries()) {
      this.drawLine(line, PAGE.left, FOOTER_Y + index * 9.5, SMALL);
    }
    if (this.section === "front")
      this.drawLabel(this.options.pageLabel(roman(this.page), null), (line, x) => {
        this.drawLine(line, x, FOOTER_Y, SMALL);
      });
    else {
      // The body's page count is known at the end: the number is a form the page shows, written then.
      this.labels.push(addPageNumberForm(this.doc, PAGE));
    }
    this.doc
      .moveTo(PAGE.left, FOOTER_Y - 6)
      .lineTo(PAGE.width - PAGE.right, FOOTER_Y - 6)
      .lineWidth(0.5)
      .strokeColor("#999999")
      .stroke();
  }

  /** `label` laid out right-aligned on the footer's line. */
  private drawLabel(label: string, draw: (line: Line, x: number) => void): void {
    const width = this.measure(label, 0, SMALL);
    draw({ runs: [{ text: label, font: 0 }], width }, PAGE.width - PAGE.right - width);
  }

  /**
   * After the body: write each body page's "Page N / M", draw the front matter (numbered i, ii, …)
   * and move it before the body. Returns the document's page count.
   */
  async finish(): Promise<number> {
    const bodyPages = this.page;
    this.labels.forEach((form, index) => {
      const fonts: Record<string, unknown> = {};
      this.drawLabel(this.options.pageLabel(String(index + 1), bodyPages), (line, x) => {
        form.write(
          this.painter.formOps(line, x, FOOTER_Y, SMALL.size, SMALL.color, fonts, (run) => this.place(run, SMALL)),
        );
      });
      form.data.Resources = { Font: fonts };
      form.end();
    });
    this.labels.length = 0;
    this.section = "front";
    this.page = 0;
    await this.frontMatter?.();
    const frontPages = this.page;
    moveFrontMatterFirst(this.doc, bodyPages, frontPages);
    return bodyPages + frontPages;
  }

  private fontName(index: number, style: TextStyle): PdfFontName {
    return FONT_NAMES[index === 1 ? 1 : 0]![style.bold ? 1 : 0]!;
  }

  /**
   * The width of `text` in points, exactly as pdfkit's `widthOfString` computes it (no character
   * spacing, 100 % horizontal scaling), from the shapes every document shares.
   */
  private measure(text: string, font: number, style: TextStyle): number {
    const name = this.fontName(font, style);
    const size = style.size ?? 9.5;
    return ((sharedShapes.advance(name, text, shaperFor(name)) * (size / 1000) + 0) * 100) / 100;
  }

  lineHeight(style: TextStyle = {}): number {
    return (style.size ?? 9.5) * 1.3;
  }

  /**
   * `value` broken into lines of `width` points. The lines of a string, width and style are
   * shared by every document of the process (a report sets the same labels and values on every
   * entry, and in both passes); callers get their own array and never change the lines.
   */
  lines(value: string, width: number, style: TextStyle = {}): Line[] {
    const wrap = () => wrapText(printable(value), width, fontIndexFor, (text, font) => this.measure(text, font, style));
    // Long texts (descriptions, rationales) seldom come back: kept, they would only take memory.
    if (value.length > CACHED_TEXT_LENGTH) return wrap();
    // Keyed by the text itself (a string keeps its hash; a composed key would be hashed on every call).
    const size = style.size ?? 9.5;
    const bold = style.bold === true;
    const variants = sharedLines.get(value, () => []);
    let variant = variants.find((v) => v.width === width && v.size === size && v.bold === bold);
    if (!variant) {
      variant = { width, size, bold, lines: wrap() };
      variants.push(variant);
    }
    return variant.lines.slice();
  }

  private place(run: Run, style: TextStyle): { name: PdfFontName; width: number } {
    return { name: this.fontName(run.font, style), width: run.width ?? this.measure(run.text, run.font, style) };
  }

  /** One line, each run at its measured place (x, y: its top left corner). */
  drawLine(line: Line, x: number, y: number, style: TextStyle): void {
    this.painter.paint(line, x, y, style.size ?? 9.5, style.color ?? "#000000", (run) => this.place(run, style));
  }

  /** Start a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.page === 0 || this.y + height > BODY_BOTTOM) this.newPage();
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, BODY_BOTTOM);
  }

  /** A paragraph, breaking across pages line by line. */
  text(value: string, style: TextStyle & { indent?: number; after?: number } = {}): void {
    const indent = style.indent ?? 0;
    const height = this.lineHeight(style);
    for (const line of this.lines(value, BODY_WIDTH - indent, style)) {
      this.ensure(height);
      this.drawLine(line, PAGE.left + indent, this.y, style);
      this.y += height;
    }
    this.space(style.after ?? 3);
  }

  /** A heading kept with the next lines; `toc` records its page for the table of contents (and the PDF outline). */
  heading(value: string, level: 1 | 2 | 3, { toc = false } = {}): void {
    const size = level === 1 ? 15 : level === 2 ? 12 : 10.5;
    this.space(level === 1 ? 4 : 6);
    const lines = this.lines(value, BODY_WIDTH, { size, bold: true });
    this.ensure(lines.length * this.lineHeight({ size }) + 4 * this.lineHeight());
    if (toc) {
      this.tocHits.push(this.page);
      this.doc.outline.addItem(printable(value).slice(0, 200));
    }
    this.text(value, { size, bold: true, color: level === 1 ? "#12355b" : "#000000", after: 4 });
  }

  /** A table-of-contents line: the title and, right-aligned, the page of the `index`-th `toc` heading. */
  tocLine(title: string, index: number, { indent = 0 } = {}): void {
    const page = this.tocHits[index];
    if (page === undefined)
      throw new Error(
        "The table of contents has more lines than the body has sections: the data moved during the export",
      );
    const number = String(page);
    this.tocLines += 1;
    const numberWidth = 36;
    const height = this.lineHeight();
    const lines = this.lines(title, BODY_WIDTH - indent - numberWidth - 8);
    lines.forEach((line, i) => {
      this.ensure(height);
      this.drawLine(line, PAGE.left + indent, this.y, {});
      if (i === lines.length - 1) {
        const width = this.measure(number, 0, {});
        this.drawLine({ runs: [{ text: number, font: 0 }], width }, PAGE.width - PAGE.right - width, this.y, {});
      }
      this.y += height;
    });
  }

  /** Starts a table: `row(cells)` adds one row (header repeated after each page break). */
  table(columns: readonly Column[], options: { header?: boolean; labelColumn?: boolean } = {}): TableRows {
    return startTable(this, columns, options);
  }

  /** A rectangle filled with `fill` (the text colour that follows is set again). */
  fillRect(x: number, y: number, width: number, height: number, fill: string): void {
    this.doc.rect(x, y, width, height).fill(fill);
    this.painter.fillChanged(fill);
  }

  /** Label / value rows (a two-column table without header). */
  fields(rows: readonly (readonly [string, string])[]): void {
    const table = this.table(
      [
        { header: "", width: 0.32 },
        { header: "", width: 0.68 },
      ],
      { header: false, labelColumn: true },
    );
    for (const [label, value] of rows) table.row([label, value]);
    table.end();
  }

  /** An SVG chart drawn as vector graphics over the body width, as tall as its viewBox's proportions make it. */
  svg(svg: string): void {
    const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    const height = box ? (BODY_WIDTH * Number(box[2])) / Number(box[1]) : BODY_WIDTH / 2;
    this.ensure(height + 6);
    SVGtoPDF(this.doc, svg, PAGE.left, this.y, {
      width: BODY_WIDTH,
      height,
      preserveAspectRatio: "xMinYMin meet",
      fontCallback: (_family, bold) => (bold ? "SansBold" : "Sans"),
      assumePt: true,
    });
    // svg-to-pdfkit sets colours of its own.
    this.painter.fillChanged(null);
    this.y += height + 6;
  }
}
