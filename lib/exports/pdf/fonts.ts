import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import type { Shaped, Shaper } from "./shaping";

/**
 * The fonts every PDF embeds (subset to the glyphs used): DejaVu Sans for Latin, Greek,
 * Cyrillic and symbols, then Noto Sans JP for Chinese and Japanese characters (and any glyph
 * DejaVu lacks). pdfkit's standard fonts only know Latin-1; these print every character of the data.
 */
export const FONT_FILES = {
  regular: ["dejavu-fonts-ttf", "ttf/DejaVuSans.ttf"],
  bold: ["dejavu-fonts-ttf", "ttf/DejaVuSans-Bold.ttf"],
  fallback: ["@expo-google-fonts/noto-sans-jp", "400Regular/NotoSansJP_400Regular.ttf"],
  fallbackBold: ["@expo-google-fonts/noto-sans-jp", "700Bold/NotoSansJP_700Bold.ttf"],
} as const;
export type FontKey = keyof typeof FONT_FILES;

/** The names the fonts are registered under in every PDF document. */
export const PDF_FONTS = {
  Sans: "regular",
  SansBold: "bold",
  Fallback: "fallback",
  FallbackBold: "fallbackBold",
} as const;
export type PdfFontName = keyof typeof PDF_FONTS;

/** The project's node_modules (the server, the scripts and the tests all run from the project root). */
function packageDir(name: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", name);
}

const cache = new Map<FontKey, { file: string; font: fontkit.Font; covered: Map<number, boolean> }>();

function load(key: FontKey) {
  let entry = cache.get(key);
  if (!entry) {
    const [pkg, file] = FONT_FILES[key];
    const full = path.join(/* turbopackIgnore: true */ packageDir(pkg), file);
    if (!fs.existsSync(/* turbopackIgnore: true */ full)) throw new Error(`PDF font missing: ${full} (run npm ci)`);
    entry = {
      file: full,
      font: fontkit.openSync(/* turbopackIgnore: true */ full) as fontkit.Font,
      covered: new Map(),
    };
    cache.set(key, entry);
  }
  return entry;
}

export function fontFile(key: FontKey): string {
  return load(key).file;
}

/** Whether a font has a glyph for the code point (cached per font). */
export function hasGlyph(key: FontKey, codePoint: number): boolean {
  const entry = load(key);
  let known = entry.covered.get(codePoint);
  if (known === undefined) {
    known = entry.font.hasGlyphForCodePoint(codePoint);
    entry.covered.set(codePoint, known);
  }
  return known;
}

/** Index in [main, fallback] of the font to set a code point in: 0 unless only the fallback has it. */
export function fontIndexFor(codePoint: number): number {
  if (codePoint < 0x250 || hasGlyph("regular", codePoint)) return 0;
  return hasGlyph("fallback", codePoint) ? 1 : 0;
}

const shapers = new Map<PdfFontName, Shaper>();

/**
 * Shapes text in one of the PDF fonts exactly as pdfkit's `layoutRun` does (fontkit's layout,
 * every position scaled to thousandths of the font size), from the process's own copy of the font.
 */
export function shaperFor(name: PdfFontName): Shaper {
  let shaper = shapers.get(name);
  if (!shaper) {
    const font = load(PDF_FONTS[name]).font;
    const scale = 1000 / font.unitsPerEm;
    const widths = new Map<number, number>();
    const glyphWidth = (id: number) => {
      let width = widths.get(id);
      if (width === undefined) {
        width = font.getGlyph(id).advanceWidth * scale;
        widths.set(id, width);
      }
      return width;
    };
    shaper = {
      glyphWidth,
      shape(text: string): Shaped {
        const run = font.layout(text);
        const points = [...text].map((char) => char.codePointAt(0)!);
        let advance = 0;
        let kerned = false;
        let offset = false;
        const oneForOne = run.glyphs.length === points.length;
        const advances = run.positions.map((position, i) => {
          const glyph = run.glyphs[i]!;
          const xAdvance = position.xAdvance * scale;
          advance += xAdvance;
          if (!widths.has(glyph.id)) widths.set(glyph.id, glyph.advanceWidth * scale);
          if (xAdvance !== glyph.advanceWidth * scale) kerned = true;
          if (position.xOffset || position.yOffset) offset = true;
          return xAdvance;
        });
        return {
          advance,
          ids: run.glyphs.reduce((ids, glyph) => ids + String.fromCharCode(glyph.id), ""),
          advances: kerned ? advances : null,
          offsets: offset ? run.positions.map((p) => [p.xOffset * scale, p.yOffset * scale] as const) : null,
          // One glyph per code point: each stands for its own (fontkit's glyph remembers the code
          // point it was first looked up with, which may be another one mapped to the same glyph).
          codePoints: oneForOne ? null : run.glyphs.map((glyph) => glyph.codePoints),
        };
      },
    };
    shapers.set(name, shaper);
  }
  return shaper;
}
