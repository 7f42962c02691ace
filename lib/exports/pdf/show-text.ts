/**
 * The PDF operators that show one laid-out run of text, as pdfkit's own `text()` writes them
 * (same text matrix, font operator, glyph codes and kerning adjustments), without pdfkit's
 * per-call option handling, wrapping machinery and second measurement: the writer draws tens of
 * thousands of lines per document, each already broken and measured.
 */

/** A glyph's placement from the font's layout, in thousandths of the font size. */
export interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  /** The glyph's own width: an advance that differs from it is a kerning adjustment. */
  advanceWidth: number;
}

/** A number as pdfkit writes it in content streams (rounded to six decimals). */
export function pdfNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * The `TJ` array of glyphs none of which is offset (the common case), split where a glyph is
 * kerned, as `showGlyphs` writes it; null when a glyph is offset (it needs its own matrix). It
 * does not depend on where the text is shown, so a painter can keep it for text shown again.
 */
export function glyphArray(codes: readonly string[], positions: readonly GlyphPosition[]): string | null {
  const commands: string[] = [];
  let last = 0;
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) return null;
    if (pos.xAdvance - pos.advanceWidth !== 0 || i === positions.length - 1) {
      commands.push(`<${codes.slice(last, i + 1).join("")}> ${pdfNumber(-(pos.xAdvance - pos.advanceWidth))}`);
      last = i + 1;
    }
  }
  return commands.length > 0 ? `[${commands.join(" ")}] TJ` : "";
}

/** `BT … ET` showing a `glyphArray` at (x, y) in PDF user space, in font `fontId` at `size`: what `showGlyphs` writes. */
export function showGlyphArray(array: string, fontId: string, size: number, x: number, y: number): string {
  const start = `BT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm\n/${fontId} ${pdfNumber(size)} Tf`;
  return array === "" ? `${start}\nET` : `${start}\n${array}\nET`;
}

/**
 * `BT … ET` for glyph codes (4-digit hex, from the font's `encode`) at (x, y) in PDF user space
 * (y up), in font `fontId` at `size`: one text matrix, then `TJ` arrays split where a glyph is
 * kerned (its advance differs from its width) or offset (mark positioning gets its own matrix).
 */
export function showGlyphs(
  codes: readonly string[],
  positions: readonly GlyphPosition[],
  fontId: string,
  size: number,
  x: number,
  y: number,
): string {
  const scale = size / 1000;
  const out = [`BT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm\n/${fontId} ${pdfNumber(size)} Tf`];
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const advance = positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth;
      commands.push(`<${codes.slice(last, cur).join("")}> ${pdfNumber(-advance)}`);
    }
    last = cur;
  };
  const flush = (cur: number) => {
    addSegment(cur);
    if (commands.length > 0) {
      out.push(`[${commands.join(" ")}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out.push(`1 0 0 1 ${pdfNumber(x + pos.xOffset * scale)} ${pdfNumber(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
  out.push("ET");
  return out.join("\n");
}
