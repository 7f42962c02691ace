import { GenerationCache } from "./generation-cache";
import type { GlyphPosition } from "./show-text";

/**
 * One piece of text shaped in one font, kept compact (tens of thousands are cached): glyph ids in
 * a string, and advances, offsets and code points only where they differ from the plain case.
 * Widths and advances are in thousandths of the font size.
 */
export interface Shaped {
  /** The sum of the glyphs' advances (what pdfkit calls the run's advance width). */
  advance: number;
  /** Glyph ids in the font, one UTF-16 code unit each. */
  ids: string;
  /** Each glyph's advance, when one differs from the glyph's own width (kerning); null otherwise. */
  advances: readonly number[] | null;
  /** Each glyph's x and y offsets, when one is offset (mark positioning); null otherwise. */
  offsets: readonly (readonly [number, number])[] | null;
  /** The code points of each glyph, when they are not the text's code points one for one (ligatures); null otherwise. */
  codePoints: readonly (readonly number[])[] | null;
}

/** Shapes text in one font (fontkit's layout, scaled as pdfkit's `layoutRun` scales it). */
export interface Shaper {
  shape(text: string): Shaped;
  /** A glyph's own width (the same for every use of the glyph). */
  glyphWidth(id: number): number;
}

/** The placement of the i-th glyph of a shaped piece, as pdfkit's layout gives it. */
export function glyphPosition(shaped: Shaped, i: number, shaper: Shaper, plain: (id: number) => GlyphPosition) {
  const id = shaped.ids.charCodeAt(i);
  if (!shaped.advances && !shaped.offsets) return plain(id);
  const advanceWidth = shaper.glyphWidth(id);
  const [xOffset, yOffset] = shaped.offsets?.[i] ?? [0, 0];
  return { xAdvance: shaped.advances?.[i] ?? advanceWidth, xOffset, yOffset, advanceWidth };
}

/** The code points the i-th glyph of a shaped piece stands for. */
export function glyphCodePoints(shaped: Shaped, text: string, i: number): readonly number[] {
  if (shaped.codePoints) return shaped.codePoints[i]!;
  return [[...text][i]!.codePointAt(0)!];
}

/**
 * Shaped pieces of text by font, shared by every document of the process: shaping one word with
 * fontkit costs a few hundred microseconds, and each document (each report of a pack) would
 * otherwise shape again the same words — once to measure them, once more to draw them. Each
 * font's pieces are a `GenerationCache` of at most `limit` entries, so memory does not grow with
 * the document while the common words stay.
 */
export class ShapeCache {
  private readonly fonts = new Map<string, GenerationCache<Shaped>>();

  constructor(private readonly limit = 40_000) {}

  /** `text` shaped in `font` (a name of the PDF kit's fonts), shaping it with `shaper` when unknown. */
  get(font: string, text: string, shaper: Shaper): Shaped {
    let pieces = this.fonts.get(font);
    if (!pieces) {
      pieces = new GenerationCache<Shaped>(this.limit);
      this.fonts.set(font, pieces);
    }
    return pieces.get(text, () => shaper.shape(text));
  }

  /** Pieces shaped so far (cache misses), all fonts together. */
  get misses(): number {
    let misses = 0;
    for (const pieces of this.fonts.values()) misses += pieces.misses;
    return misses;
  }

  /** Pieces held now, all fonts together. */
  get size(): number {
    let size = 0;
    for (const pieces of this.fonts.values()) size += pieces.size;
    return size;
  }

  /**
   * The advance of `text` as pdfkit's `widthOfString` adds it up: pieces cut after each space
   * (or tab), each shaped on its own, their advances summed in order. Thousandths of the font size.
   */
  advance(font: string, text: string, shaper: Shaper): number {
    let total = 0;
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9) {
        total += this.get(font, text.slice(last, i + 1), shaper).advance;
        last = i + 1;
      }
    }
    if (last < text.length) total += this.get(font, text.slice(last), shaper).advance;
    return total;
  }
}

/** The shapes every PDF of this process shares. */
export const sharedShapes = new ShapeCache();

/** Words and single spaces of `text`: the pieces a line is drawn with (each shaped once, shared with measuring). */
export function drawPieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 32) {
      if (start < i) pieces.push(text.slice(start, i));
      pieces.push(" ");
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}
