import { shaperFor, type PdfFontName } from "./fonts";
import type { Line, Run } from "./text";
import { drawPieces, glyphCodePoints, glyphPosition, sharedShapes } from "./shaping";
import { GenerationCache } from "./generation-cache";
import { glyphArray, pdfNumber, showGlyphArray, showGlyphs, type GlyphPosition } from "./show-text";

/** What the painter uses of pdfkit's embedded font (its `_font` once set with `font()`). */
interface EmbeddedFont {
  id: string;
  ascender: number;
  /** The glyphs the document embeds (the subset), their widths and code points, by code in the subset. */
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: (readonly number[])[];
  ref(): unknown;
}

/** A document's font, with the code of each glyph id already included in its subset. */
interface DocumentFont {
  font: EmbeddedFont;
  codes: string[];
  /** The placement of each unkerned glyph (one object per glyph id). */
  plain: GlyphPosition[];
  /** The `TJ` array of each short run this document has shown in the font (null: a glyph is offset). */
  arrays: GenerationCache<string | null>;
}

/**
 * Paints laid-out lines on one pdfkit document: for each run, the operators pdfkit's own
 * `text()` writes (see `showGlyphs`), one write to the page's content per line, without
 * pdfkit's option handling and wrapping machinery, and without measuring or shaping the run
 * again (its words come from the shapes measuring already made).
 */
export class LinePainter {
  private readonly fonts = new Map<PdfFontName, DocumentFont>();
  /** The fill colour the page's content last set (null: unknown, set it before painting text). */
  private fill: string | null = null;
  /** pdfkit flips the page (y down); text is shown in PDF space (y up), as pdfkit's `text()` does. */
  private readonly unflip: string;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly pageHeight: number,
  ) {
    this.unflip = `q\n1 0 0 -1 0 ${pdfNumber(pageHeight)} cm`;
  }

  /** Something else set the fill colour (null: unknown, e.g. a new page or a chart). */
  fillChanged(colour: string | null): void {
    this.fill = colour;
  }

  /** `line` with its top left corner at (x, y) in pdfkit's space; `place` names each run's font and width. */
  paint(
    line: Line,
    x: number,
    y: number,
    size: number,
    colour: string,
    place: (run: Run) => { name: PdfFontName; width: number },
  ): void {
    if (!line.runs.some((run) => run.text !== "")) return;
    if (colour !== this.fill) {
      this.doc.fillColor(colour);
      this.fill = colour;
    }
    const pageFonts = (this.doc.page as unknown as { fonts: Record<string, unknown> }).fonts;
    this.doc.addContent(this.textOps(line, x, y, size, pageFonts, place));
  }

  /**
   * The content of a form XObject showing `line` in `colour` (`#rrggbb`), drawn in pdfkit's space
   * like `paint`; the fonts it uses are added to `fonts` (the form's resources).
   */
  formOps(
    line: Line,
    x: number,
    y: number,
    size: number,
    colour: string,
    fonts: Record<string, unknown>,
    place: (run: Run) => { name: PdfFontName; width: number },
  ): string {
    const rgb = [1, 3, 5].map((i) => pdfNumber(parseInt(colour.slice(i, i + 2), 16) / 255)).join(" ");
    return `${rgb} rg\n${this.textOps(line, x, y, size, fonts, place)}`;
  }

  private textOps(
    line: Line,
    x: number,
    y: number,
    size: number,
    fonts: Record<string, unknown>,
    place: (run: Run) => { name: PdfFontName; width: number },
  ): string {
    const ops = [this.unflip];
    let cursor = x;
    for (const run of line.runs) {
      const { name, width } = place(run);
      if (run.text !== "") {
        const entry = this.documentFont(name);
        const { font } = entry;
        fonts[font.id] ??= font.ref();
        const baseline = this.pageHeight - y - (font.ascender / 1000) * size;
        // A line of a long text seldom comes back: only short runs (labels, values) are kept.
        const array =
          run.text.length > 60
            ? glyphArray(...this.encode(entry, name, run.text))
            : entry.arrays.get(run.text, () => glyphArray(...this.encode(entry, name, run.text)));
        if (array !== null) ops.push(showGlyphArray(array, font.id, size, cursor, baseline));
        else {
          const [codes, positions] = this.encode(entry, name, run.text);
          ops.push(showGlyphs(codes, positions, font.id, size, cursor, baseline));
        }
      }
      cursor += width;
    }
    ops.push("Q");
    return ops.join("\n");
  }

  private documentFont(name: PdfFontName): DocumentFont {
    let entry = this.fonts.get(name);
    if (!entry) {
      entry = {
        font: (this.doc.font(name) as unknown as { _font: EmbeddedFont })._font,
        codes: [],
        plain: [],
        arrays: new GenerationCache(10_000),
      };
      this.fonts.set(name, entry);
    }
    return entry;
  }

  /** The glyph codes and placements of a run, its glyphs added to the document's subset as pdfkit's `encode` adds them. */
  private encode(entry: DocumentFont, name: PdfFontName, text: string): [string[], GlyphPosition[]] {
    const { font, codes: known, plain } = entry;
    const shaper = shaperFor(name);
    const plainPosition = (id: number) => {
      let position = plain[id];
      if (!position) {
        const width = shaper.glyphWidth(id);
        position = plain[id] = { xAdvance: width, xOffset: 0, yOffset: 0, advanceWidth: width };
      }
      return position;
    };
    const codes: string[] = [];
    const positions: GlyphPosition[] = [];
    for (const piece of drawPieces(text)) {
      const shaped = sharedShapes.get(name, piece, shaper);
      for (let i = 0; i < shaped.ids.length; i++) {
        const id = shaped.ids.charCodeAt(i);
        let code = known[id];
        if (code === undefined) {
          const gid = font.subset.includeGlyph(id);
          code = `0000${gid.toString(16)}`.slice(-4);
          font.widths[gid] ??= shaper.glyphWidth(id);
          font.unicode[gid] ??= glyphCodePoints(shaped, piece, i);
          known[id] = code;
        }
        codes.push(code);
        positions.push(glyphPosition(shaped, i, shaper, plainPosition));
      }
    }
    return [codes, positions];
  }
}
