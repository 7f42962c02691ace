import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./render";
import { folded, collect, pdfPages } from "./test-text";

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
  pageLabel: (page: number, total: number | null) => `Page ${page} / ${total ?? "?"}`,
};
const HOSTILE = "=cmd|' /C calc'!A0 <script>alert(1)</script> ) Tj ET %PDF-1.7 \\(x\\) {{t}}";

async function sample() {
  const { out, bytes } = collect();
  const result = await renderPdf(
    out,
    info,
    layout,
    async (w) => {
      w.newPage();
      w.heading("Sommaire", 1);
      ["Première section", "Deuxième section"].forEach((title, index) => w.tocLine(title, index));
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
    },
    {},
  );
  return { result, pages: await pdfPages(bytes()) };
}

describe("renderPdf (two passes: count, then write)", () => {
  it("numbers pages 'N / M', fills the table of contents with the real pages and repeats table headers", async () => {
    const { result, pages } = await sample();
    expect(pages.length).toBe(result.pages);
    expect(result.pages).toBeGreaterThanOrEqual(4);
    pages.forEach((text, i) => expect(folded(text)).toContain(`Page ${i + 1} / ${pages.length}`));
    const secondSectionPage = pages.findIndex((text, i) => i > 0 && text.includes("Deuxième section")) + 1;
    expect(folded(pages[0]!)).toMatch(/Première section\s*2/);
    expect(folded(pages[0]!)).toContain(`Deuxième section ${secondSectionPage}`);
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
    const { pages } = await renderPdf(
      out,
      info,
      layout,
      async (w) => {
        w.newPage();
        for (let batch = 0; batch < 20; batch++) {
          for (let i = 0; i < 40; i++) w.text(`lot ${batch} ligne ${i}`);
          await w.drain();
        }
      },
      {},
    );
    expect(drains).toBeGreaterThan(0);
    expect(out.writableEnded).toBe(false);
    const text = await pdfPages(Buffer.concat(chunks));
    expect(text).toHaveLength(pages);
    expect(folded(text.join(" "))).toContain("lot 19 ligne 39");
  });

  it("fails rather than print wrong page numbers when the document changes between the passes", async () => {
    let rows = 10;
    const build = async (w: Parameters<Parameters<typeof renderPdf>[3]>[0]) => {
      w.newPage();
      for (let i = 0; i < rows; i++) w.text(`ligne ${i}`);
      rows += 200; // the second pass sees more rows, as if the data moved
    };
    await expect(renderPdf(collect().out, info, layout, build, {})).rejects.toThrow(/changed between passes/);
  });
});
