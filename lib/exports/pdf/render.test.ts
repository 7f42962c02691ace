import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./render";
import { folded, collect, misnumberedPages, pdfPages, viewerPageLabels } from "./test-text";

const info = {
  title: "Test",
  author: "Vigie Télécom SA",
  subject: "kit",
  locale: "fr" as const,
  now: new Date("2026-12-04T10:00:00Z"),
};
const layout = {
  header: "Vigie Télécom SA — Test",
  footer: "état au 04/12/2026",
  pageLabel: (page: string, total: number | null) => (total === null ? `Page ${page}` : `Page ${page} / ${total}`),
};
const HOSTILE = "=cmd|' /C calc'!A0 <script>alert(1)</script> ) Tj ET %PDF-1.7 \\(x\\) {{t}}";

async function sample() {
  const { out, bytes } = collect();
  const result = await renderPdf(out, info, layout, async (w) => {
    w.front(async () => {
      w.newPage({ header: false });
      w.text("Couverture");
      w.newPage();
      w.heading("Sommaire", 1);
      ["Première section", "Deuxième section"].forEach((title, index) => w.tocLine(title, index));
    });
    w.newPage();
    w.heading("Première section", 1, { toc: true });
    w.text("Zoë Ł 東京 ✓");
    w.text(HOSTILE);
    w.text("nul:\u0000 lone:\uD800 end");
    const table = w.table([
      { header: "Colonne A", width: 0.3 },
      { header: "Colonne B", width: 0.7 },
    ]);
    for (let i = 0; i < 120; i++) table.row([`ligne ${i}`, `valeur ${i}`]);
    table.end();
    w.heading("Deuxième section", 1, { toc: true });
    w.text("fin");
  });
  return { result, pages: await pdfPages(bytes()), bytes: bytes() };
}

describe("renderPdf (one pass: the body, then the front matter moved before it)", () => {
  it("puts the cover and contents first (i, ii), numbers the body 'N / M', gives each section its page and repeats table headers", async () => {
    const { result, pages, bytes } = await sample();
    expect(pages.length).toBe(result.pages);
    expect(result.pages).toBeGreaterThanOrEqual(5);
    expect(pages[0]).toContain("Couverture");
    expect(pages[1]).toContain("Sommaire");
    expect(misnumberedPages(pages, 2)).toEqual([]);
    expect(await viewerPageLabels(bytes)).toEqual(["i", "ii", ...pages.slice(2).map((_, i) => String(i + 1))]);
    const bodyPageOf = (title: string) => pages.findIndex((text, i) => i > 1 && text.includes(title)) - 1;
    expect(folded(pages[1]!)).toMatch(/Première section\s*1/);
    expect(bodyPageOf("Deuxième section")).toBeGreaterThan(1);
    expect(folded(pages[1]!)).toContain(`Deuxième section ${bodyPageOf("Deuxième section")}`);
    // The table broke across pages with its header repeated.
    expect(pages.filter((text) => text.includes("Colonne A")).length).toBeGreaterThanOrEqual(2);
    expect(folded(pages.join(" "))).toContain("ligne 119 valeur 119");
  });

  it("prints characters outside Latin-1 (embedded fonts) and hostile text literally", async () => {
    const { pages } = await sample();
    const all = folded(pages.join(" "));
    expect(all).toContain("Zoë Ł 東京 ✓");
    expect(all).toContain(HOSTILE);
    expect(all).toContain("nul:\uFFFD lone:\uFFFD end");
  });

  it("waits for a slow output between batches (back-pressure) and never ends it", async () => {
    const chunks: Buffer[] = [];
    let drains = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
    });
    out.on("drain", () => (drains += 1));
    const { pages } = await renderPdf(out, info, layout, async (w) => {
      w.newPage();
      for (let batch = 0; batch < 20; batch++) {
        for (let i = 0; i < 40; i++) w.text(`lot ${batch} ligne ${i}`);
        await w.drain();
      }
    });
    expect(drains).toBeGreaterThan(0);
    expect(out.writableEnded).toBe(false);
    const text = await pdfPages(Buffer.concat(chunks));
    expect(text).toHaveLength(pages);
    expect(folded(text.join(" "))).toContain("lot 19 ligne 39");
  });

  it("fails rather than print a wrong table of contents when the sections changed while it was read", async () => {
    const build = (sections: number, lines: number) => async (w: Parameters<Parameters<typeof renderPdf>[3]>[0]) => {
      w.front(async () => {
        w.newPage();
        for (let i = 0; i < lines; i++) w.tocLine(`section ${i}`, i);
      });
      for (let i = 0; i < sections; i++) {
        w.newPage();
        w.heading(`section ${i}`, 1, { toc: true });
      }
    };
    await expect(renderPdf(collect().out, info, layout, build(3, 4))).rejects.toThrow(/data moved/);
    await expect(renderPdf(collect().out, info, layout, build(3, 2))).rejects.toThrow(/2 lines for 3 sections/);
    await expect(renderPdf(collect().out, info, layout, build(3, 3))).resolves.toEqual({ pages: 4 });
  });
});
