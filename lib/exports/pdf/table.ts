import { BODY_BOTTOM, BODY_WIDTH, PAGE } from "./geometry";
import type { PdfWriter, TextStyle } from "./writer";

export interface Column {
  header: string;
  /** Share of the body width; the shares of a table add up to 1. */
  width: number;
}

/** A table being laid out: `row(cells)` adds one row, `end()` leaves room after it. */
export interface TableRows {
  row(cells: readonly string[]): void;
  end(): void;
}

const HEADER_STYLE: TextStyle = { size: 8.5, bold: true };
const ROW_STYLE: TextStyle = { size: 8.5 };
const PAD = 3;

/**
 * Lays out a table on `w` a row at a time. A row that fits on a fresh page is not split: it moves
 * to the next page whole; a row taller than a page breaks across pages, line by line. The header
 * row (unless `header` is false) is repeated at the top of every page the table continues on.
 * With `labelColumn`, the first column is bold (label / value rows).
 */
export function startTable(
  w: PdfWriter,
  columns: readonly Column[],
  { header = true, labelColumn = false }: { header?: boolean; labelColumn?: boolean } = {},
): TableRows {
  const widths = columns.map((c) => c.width * BODY_WIDTH);
  const newPage = (style: TextStyle) => {
    w.newPage();
    if (header && style !== HEADER_STYLE) drawHeader();
  };
  const drawRow = (cells: readonly string[], style: TextStyle, fill: string | null) => {
    const height = w.lineHeight(style);
    // The label column is bold; the other cells take the row's style.
    const label = labelColumn && !style.bold ? { ...style, bold: true } : style;
    const styles = cells.map((_, i) => (i === 0 ? label : style));
    const pending = cells.map((cell, i) => w.lines(cell, widths[i]! - 2 * PAD, styles[i]));
    const fullHeight = Math.max(1, ...pending.map((lines) => lines.length)) * height + 2 * PAD;
    if (fullHeight > w.remaining && fullHeight <= BODY_BOTTOM - PAGE.top - 3 * height) newPage(style);
    let first = true;
    while (first || pending.some((lines) => lines.length > 0)) {
      if (w.remaining < height + 2 * PAD) newPage(style);
      const fit = Math.max(1, Math.floor((w.remaining - 2 * PAD) / height));
      const slice = pending.map((lines) => lines.splice(0, fit));
      const rowHeight = Math.max(1, ...slice.map((lines) => lines.length)) * height + 2 * PAD;
      if (fill) w.fillRect(PAGE.left, w.y, BODY_WIDTH, rowHeight, fill);
      let x = PAGE.left;
      slice.forEach((lines, i) => {
        lines.forEach((line, j) => w.drawLine(line, x + PAD, w.y + PAD + j * height, styles[i]!));
        x += widths[i]!;
      });
      w.doc.rect(PAGE.left, w.y, BODY_WIDTH, rowHeight).lineWidth(0.4).strokeColor("#bbbbbb").stroke();
      w.y += rowHeight;
      first = false;
    }
  };
  const drawHeader = () =>
    drawRow(
      columns.map((c) => c.header),
      HEADER_STYLE,
      "#e8edf3",
    );
  let started = false;
  return {
    row: (cells) => {
      if (!started) {
        w.ensure(w.lineHeight() * 3 + 12);
        if (header) drawHeader();
        started = true;
      }
      drawRow(cells, ROW_STYLE, null);
    },
    end: () => w.space(8),
  };
}
