import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo";
import { processingActivities } from "@/db/schema";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { insertActivity } from "@/lib/register/store";
import { useTestDatabase } from "@/lib/testing/db";
import { demoActor, exportContext } from "../pdf/test-context";
import { collect, folded, frontPageCount, leakedMessageKeys, misnumberedPages, pdfPages } from "../pdf/test-text";
import { registerPdfRenderer } from "./pdf";

const database = useTestDatabase();
const NOW = new Date("2026-11-29T10:00:00Z");
const HOSTILE_NAME = 'Zoë Ł 東京 ✓ =HYPERLINK("http://x") <b>) Tj';

async function render(scope: Parameters<typeof registerPdfRenderer.render>[1], locale: "fr" | "en" = "fr") {
  const db = database.current.handle.db;
  const { out, bytes } = collect();
  const progress: [number, number | null][] = [];
  await registerPdfRenderer.render(
    {
      ...exportContext(db, await demoActor(db, "auditor", NOW), NOW, locale),
      onProgress: (done, total) => progress.push([done, total]),
    },
    scope,
    "pdf",
    out,
  );
  const pages = await pdfPages(bytes());
  expect(leakedMessageKeys(pages.join("\n"))).toEqual([]);
  // Progress counts against the number of entries the scope holds, from the first page on.
  const printed = progress.at(-1)?.[0] ?? 0;
  expect(progress.every(([, total]) => total === printed)).toBe(true);
  return { pages, text: folded(pages.join("\n")), bytes: bytes(), printed };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("register PDF (Art. 30)", () => {
  it("holds every entry's name and every Art. 30 item in the order of the law, page numbers N / M, and prints hostile and non-Latin-1 text", async () => {
    const db = database.current.handle.db;
    await seedDemo(db, NOW);
    await insertActivity(
      { tx: db, actor: { id: null, label: "test" }, now: NOW },
      buildControllerEntry({ name: HOSTILE_NAME, description: "\\u0000 %PDF-1.4 (x) Tj" }),
      "create",
    );
    const entries = await db.select().from(processingActivities);
    const { pages, text, bytes, printed } = await render({});
    expect(printed).toBe(entries.length);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    for (const entry of entries) expect(text).toContain(`${entry.reference} — ${entry.name}`.replace(/\s+/g, " "));
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toContain("\\u0000 %PDF-1.4 (x) Tj");
    const front = frontPageCount(pages);
    expect(front).toBeGreaterThanOrEqual(2); // the cover and at least one page of contents
    expect(misnumberedPages(pages, front)).toEqual([]);
    const controllers = entries.filter((e) => e.role !== "processor").length;
    const processors = entries.filter((e) => e.role === "processor").length;
    expect(processors).toBeGreaterThan(0);
    const items30_1 = [
      "a) Nom et coordonnées du responsable du traitement",
      "b) Finalités du traitement",
      "c) Catégories de personnes concernées",
      "d) Catégories de destinataires",
      "e) Transferts vers un pays tiers",
      "f) Délais prévus pour l'effacement",
      "g) Description générale des mesures de sécurité",
    ];
    for (const item of items30_1) expect(count(text, item)).toBe(controllers);
    for (const item of [
      "a) Nom et coordonnées du sous-traitant",
      "b) Catégories de traitements effectués pour le compte",
    ])
      expect(count(text, item)).toBe(processors);
    // In the order of the law, inside each entry.
    const first = text.indexOf(items30_1[0]!);
    items30_1.reduce((at, item) => {
      const next = text.indexOf(item, at);
      expect(next).toBeGreaterThan(at - 1);
      return next;
    }, first);
    expect(text).toContain("Registre du responsable du traitement — article 30, paragraphe 1");
    expect(text).toContain("Registre du sous-traitant — article 30, paragraphe 2");
    expect(text).toContain("Plafond légal");
    expect(text).toContain("CPCE art. L34-1");
    expect(text).toContain("Analyse d'impact (art. 35)");
    expect(text).toContain("Sommaire");
    expect(text).toContain("Vigie Télécom SA");
  }, 240_000);

  it("is in English for an English reader, and 'as of' a past date leaves out what was created later", async () => {
    const { text, printed } = await render({ asOf: "2025-11-29", activeOnly: true }, "en");
    const current = await render({ activeOnly: true }, "en");
    expect(printed).toBeGreaterThan(0);
    expect(printed).toBeLessThan(current.printed);
    expect(text).toContain("Controller's record — Article 30(1)");
    expect(text).toContain("(a) Name and contact details of the controller");
    expect(text).toContain("Register as saved at the end of 29/11/2025");
    expect(text).not.toContain(HOSTILE_NAME);
  }, 240_000);

  it("one entry: only that entry, as its section", async () => {
    const db = database.current.handle.db;
    const [first, second] = await db
      .select()
      .from(processingActivities)
      .orderBy(processingActivities.reference)
      .limit(2);
    const { text, printed } = await render({ reference: first!.reference });
    expect(printed).toBe(1);
    expect(text).toContain(`${first!.reference} — ${first!.name}`);
    expect(text).not.toContain(`${second!.reference} —`);
    expect(registerPdfRenderer.fileName({ reference: first!.reference }, "pdf", NOW)).toBe(
      `registre-des-traitements-${first!.reference}-2026-11-29.pdf`,
    );
  }, 120_000);
});
