import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { fontFile } from "./fonts";
import { glyphArray, pdfNumber, showGlyphArray, showGlyphs, type GlyphPosition } from "./show-text";

/** The operators pdfkit's own `text()` writes for `text` at (x, y), and what `showGlyphs` writes instead. */
function bothWays(text: string, fontKey: "regular" | "fallback", size: number, x: number, y: number) {
  const doc = new PDFDocument({ compress: false, autoFirstPage: false });
  doc.registerFont("F", fontFile(fontKey));
  doc.addPage({ size: "A4" });
  const page = doc.page as unknown as { content: { buffer: Buffer[] }; height: number };
  doc.font("F").fontSize(size);
  const before = page.content.buffer.length;
  doc.text(text, x, y, { lineBreak: false });
  const pdfkit = Buffer.concat(page.content.buffer.slice(before)).toString("latin1");
  const font = (
    doc as unknown as { _font: { id: string; ascender: number; encode(t: string): [string[], GlyphPosition[]] } }
  )._font;
  const [codes, positions] = font.encode(text);
  const ours = showGlyphs(codes, positions, font.id, size, x, page.height - y - (font.ascender / 1000) * size);
  return { pdfkit, ours };
}

/** pdfkit's text operators without its q / cm / Q around them. */
const textObject = (ops: string) => ops.slice(ops.indexOf("BT"), ops.indexOf("ET") + 2);

describe("showGlyphs", () => {
  it("writes what pdfkit's text() writes: matrix, font, glyph codes and kerning (DejaVu kerns 'AV', 'Wa', 'To')", () => {
    for (const text of ["AVA Wa To", "Finalité — traitement n° 12", "x"]) {
      const { pdfkit, ours } = bothWays(text, "regular", 9.5, 53.25, 120.125);
      expect(ours).toBe(textObject(pdfkit));
      expect(ours).toMatch(/\] TJ\nET$/);
    }
    const kerned = bothWays("AVA", "regular", 12, 50, 64).ours;
    expect(kerned.match(/<[0-9a-f]+> -?[\d.]+/g)!.length).toBeGreaterThan(1);
  });

  it("writes the same for CJK text in the fallback font", () => {
    const { pdfkit, ours } = bothWays("東京 データ", "fallback", 8.5, 211.5, 300);
    expect(ours).toBe(textObject(pdfkit));
  });

  it("gives an offset glyph its own text matrix and returns to the baseline after it", () => {
    const positions: GlyphPosition[] = [
      { xAdvance: 500, xOffset: 0, yOffset: 0, advanceWidth: 500 },
      { xAdvance: 0, xOffset: -250, yOffset: 100, advanceWidth: 0 },
      { xAdvance: 600, xOffset: 0, yOffset: 0, advanceWidth: 600 },
    ];
    expect(showGlyphs(["0001", "0002", "0003"], positions, "F1", 10, 100, 700).split("\n")).toEqual([
      "BT",
      "1 0 0 1 100 700 Tm",
      "/F1 10 Tf",
      "[<0001> 0] TJ",
      "1 0 0 1 102.5 701 Tm",
      "[<0002> 0] TJ",
      "1 0 0 1 105 700 Tm",
      "[<0003> 0] TJ",
      "ET",
    ]);
  });

  it("keeps a run's glyph array apart from its place: shown anywhere, it writes what showGlyphs writes", () => {
    const doc = new PDFDocument({ compress: false, autoFirstPage: false });
    doc.registerFont("F", fontFile("regular"));
    doc.addPage({ size: "A4" });
    doc.font("F");
    const font = (doc as unknown as { _font: { encode(t: string): [string[], GlyphPosition[]] } })._font;
    for (const text of ["AVA Wa To", "Registre — n° 12", "x", "AV"]) {
      const [codes, positions] = font.encode(text);
      const array = glyphArray(codes, positions)!;
      for (const [x, y] of [
        [50, 700],
        [312.125, 64.5],
      ] as const)
        expect(showGlyphArray(array, "F1", 9.5, x, y)).toBe(showGlyphs(codes, positions, "F1", 9.5, x, y));
    }
    expect(showGlyphArray(glyphArray([], [])!, "F1", 9.5, 1, 2)).toBe(showGlyphs([], [], "F1", 9.5, 1, 2));
    const offset: GlyphPosition[] = [
      { xAdvance: 500, xOffset: 0, yOffset: 0, advanceWidth: 500 },
      { xAdvance: 0, xOffset: -250, yOffset: 100, advanceWidth: 0 },
    ];
    expect(glyphArray(["0001", "0002"], offset)).toBeNull();
  });

  it("rounds numbers to six decimals as pdfkit does", () => {
    expect(pdfNumber(841.89)).toBe("841.89");
    expect(pdfNumber(1 / 3)).toBe("0.333333");
    expect(pdfNumber(-0.0000004)).toBe("0");
  });
});
