import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { fontFile, PDF_FONTS, shaperFor, type PdfFontName } from "./fonts";
import { drawPieces, glyphCodePoints, glyphPosition, ShapeCache, type Shaped, type Shaper } from "./shaping";

/** A shaper whose every character is one glyph 500 wide (its char code as id), counting its calls. */
function countingShaper(): Shaper & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    glyphWidth: () => 500,
    shape(text) {
      calls.push(text);
      return { advance: 500 * text.length, ids: text, advances: null, offsets: null, codePoints: null };
    },
  };
}

/** pdfkit's own embedded font for `name`, in a fresh document. */
function pdfkitFont(name: PdfFontName) {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(name, fontFile(PDF_FONTS[name]));
  doc.font(name);
  return (doc as unknown as { _font: PdfkitFont })._font;
}
interface PdfkitFont {
  widthOfString(text: string, size: number): number;
  layout(text: string): { glyphs: { id: number; codePoints: number[] }[]; positions: Record<string, number>[] };
}

describe("ShapeCache", () => {
  it("shapes each piece of text once per font", () => {
    const cache = new ShapeCache();
    const shaper = countingShaper();
    cache.get("Sans", "Finalité", shaper);
    cache.get("Sans", "Finalité", shaper);
    cache.get("SansBold", "Finalité", shaper);
    expect(shaper.calls).toEqual(["Finalité", "Finalité"]);
    expect(cache.misses).toBe(2);
  });

  it("never holds more than its limit per font, and keeps what is used again", () => {
    const cache = new ShapeCache(4);
    const shaper = countingShaper();
    for (let i = 0; i < 20; i++) {
      cache.get("Sans", `w${i}`, shaper);
      cache.get("Sans", "le", shaper);
      expect(cache.size).toBeLessThanOrEqual(4);
    }
    expect(shaper.calls.filter((text) => text === "le")).toHaveLength(1);
  });

  it("adds up a string's advance as pdfkit does: pieces cut after each space", () => {
    const cache = new ShapeCache();
    const shaper = countingShaper();
    expect(cache.advance("Sans", "Page 12 / 40", shaper)).toBe(500 * 12);
    expect(shaper.calls).toEqual(["Page ", "12 ", "/ ", "40"]);
    expect(cache.advance("Sans", "", shaper)).toBe(0);
  });
});

describe("drawPieces", () => {
  it("cuts a run into words and single spaces", () => {
    expect(drawPieces("Durée  de conservation ")).toEqual(["Durée", " ", " ", "de", " ", "conservation", " "]);
    expect(drawPieces("")).toEqual([]);
  });
});

describe("shaperFor", () => {
  const samples = ["Finalité", "AVA", "Wa", "To.", "T", " ", "fi", "東京", "ﬁn", "e\u0301", "12,5 %"];

  it("measures exactly as pdfkit's widthOfString (same widths, so the same line breaks)", () => {
    const cache = new ShapeCache();
    for (const name of ["Sans", "SansBold", "Fallback"] as const) {
      const theirs = pdfkitFont(name);
      for (const text of [...samples, "Durée de conservation : 5 ans", "AV AV  Wa"])
        for (const size of [7.5, 8.5, 9.5, 15]) {
          expect(cache.advance(name, text, shaperFor(name)) * (size / 1000)).toBe(theirs.widthOfString(text, size));
        }
    }
  });

  it("gives the glyphs, placements and code points of pdfkit's layout, kerning and combining marks included", () => {
    const check = (name: PdfFontName, text: string) => {
      const theirs = pdfkitFont(name).layout(text);
      const shaper = shaperFor(name);
      const shaped: Shaped = shaper.shape(text);
      const plain = (id: number) => {
        const width = shaper.glyphWidth(id);
        return { xAdvance: width, xOffset: 0, yOffset: 0, advanceWidth: width };
      };
      expect([...shaped.ids].map((c) => c.charCodeAt(0))).toEqual(theirs.glyphs.map((g) => g.id));
      theirs.positions.forEach((position, i) => {
        expect(glyphPosition(shaped, i, shaper, plain)).toEqual({
          xAdvance: position.xAdvance,
          xOffset: position.xOffset,
          yOffset: position.yOffset,
          advanceWidth: position.advanceWidth,
        });
        // The missing glyph (0) is never mapped back to text: pdfkit's map starts with it.
        if (theirs.glyphs[i]!.id !== 0) expect(glyphCodePoints(shaped, text, i)).toEqual(theirs.glyphs[i]!.codePoints);
      });
      return shaped;
    };
    for (const text of samples) check("Sans", text);
    expect(check("Sans", "AVA").advances).not.toBeNull();
    expect(check("Sans", "abc").advances).toBeNull();
    check("Fallback", "東京データ");
  });
});
