import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo";
import { incidentNotifications, incidents, incidentTimeline } from "@/db/schema";
import { useTestDatabase } from "@/lib/testing/db";
import { breachRegisterPdfRenderer } from "../breach-register/pdf";
import type { ExportScope } from "../contract";
import { demoActor, exportContext } from "../pdf/test-context";
import { collect, folded, frontPageCount, leakedMessageKeys, misnumberedPages, pdfPages } from "../pdf/test-text";
import { incidentPdfRenderer } from "./pdf";

const database = useTestDatabase();
const NOW = new Date("2026-11-29T10:00:00Z");
const HOSTILE_TITLE = "Fuite Zoë Ł 東京 ✓ =1+2 <script>x</script> ) Tj";
const DRAFT =
  "Objet : notification initiale à la CNIL.\nNature : exfiltration de 12 000 fiches abonnés (東京 ✓).\n=SUM(A1:A9)";

async function render(
  renderer: typeof incidentPdfRenderer,
  scope: ExportScope,
  role: "dpo" | "security" | "auditor" = "security",
) {
  const db = database.current.handle.db;
  const { out, bytes } = collect();
  await renderer.render(exportContext(db, await demoActor(db, role, NOW), NOW), scope, "pdf", out);
  const pages = await pdfPages(bytes());
  expect(leakedMessageKeys(pages.join("\n"))).toEqual([]);
  // The cover, and the breach register's contents.
  expect(frontPageCount(pages)).toBeGreaterThanOrEqual(1);
  expect(misnumberedPages(pages, frontPageCount(pages))).toEqual([]);
  return folded(pages.join("\n"));
}

/** A breach written directly (fixture): late GDPR notification with its reasons and the draft as sent. */
async function insertHostileBreach() {
  const db = database.current.handle.db;
  const [row] = await db
    .insert(incidents)
    .values({
      reference: "INC-2026-0999",
      title: HOSTILE_TITLE,
      description: "Circonstances : %PDF-1.4 (a) Tj",
      detectedAt: new Date("2026-11-02T08:00:00Z"),
      awareAt: new Date("2026-11-02T10:00:00Z"),
      awarenessReason: "Confirmation par le SOC",
      personalData: true,
      telecomService: true,
      riskLevel: "high",
      consequences: "Hameçonnage probable",
      remedialMeasures: "Mots de passe réinitialisés",
      notifyAuthority: true,
      notifyAuthorityRationale: "Risque pour les abonnés",
      informPeople: true,
      informPeopleRationale: "Risque élevé (IBAN)",
      peopleCount: 12000,
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  await db.insert(incidentNotifications).values({
    incidentId: row!.id,
    obligation: "gdpr-33",
    sentAt: new Date("2026-11-06T09:00:00Z"),
    reference: "CNIL-2026-4242",
    complete: true,
    delayReason: "Attente de l'analyse forensique",
    draft: DRAFT,
    recordedBy: "test",
  });
  await db.insert(incidentTimeline).values({
    incidentId: row!.id,
    kind: "note",
    at: new Date("2026-11-03T09:00:00Z"),
    text: "Note : =cmd|' /C calc'!A0",
    recordedBy: "Test RSSI",
  });
}

describe("breach register and incident file PDFs", () => {
  it("the breach register holds every breach of the period with its clocks (met / late, reasons for delay) and the authority's references", async () => {
    const db = database.current.handle.db;
    await seedDemo(db, NOW);
    await insertHostileBreach();
    const breaches = await db.select().from(incidents).where(eq(incidents.personalData, true));
    const others = await db.select().from(incidents).where(eq(incidents.personalData, false));
    const sent = await db.select().from(incidentNotifications);
    const text = await render(breachRegisterPdfRenderer, { from: "2020-01-01", to: "2026-11-29" });
    for (const breach of breaches) expect(text).toContain(folded(`${breach.reference} — ${breach.title}`));
    for (const other of others) expect(text).not.toContain(`${other.reference} —`);
    for (const n of sent.filter((s) => breaches.some((b) => b.id === s.incidentId) && s.reference))
      expect(text).toContain(n.reference!);
    expect(text).toContain("Motifs du retard : Attente de l'analyse forensique");
    expect(text).toContain("Fait hors délai");
    expect(text).toContain("Fait dans le délai");
    expect(text).toContain("Risque élevé (IBAN)");
    expect(text).toContain(HOSTILE_TITLE);
    // The period bounds the register.
    const november = await render(breachRegisterPdfRenderer, { from: "2026-11-01", to: "2026-11-30" });
    expect(november).toContain("INC-2026-0999");
    const early = breaches.find((b) => b.detectedAt < new Date("2026-10-01T00:00:00Z"));
    if (early) expect(november).not.toContain(`${early.reference} —`);
  }, 240_000);

  it("the incident file shows the facts, the eight clocks, the timeline and the notification as sent", async () => {
    const text = await render(incidentPdfRenderer, { reference: "INC-2026-0999" }, "auditor");
    expect(text).toContain(HOSTILE_TITLE);
    expect(text).toContain("Circonstances : %PDF-1.4 (a) Tj");
    for (const label of [
      "Notification à la CNIL (RGPD art. 33)",
      "Seconde notification",
      "Avis aux abonnés",
      "Rapport final",
    ])
      expect(text).toContain(label);
    expect(text).toContain(folded(DRAFT));
    expect(text).toContain("CNIL-2026-4242");
    expect(text).toContain("Note : =cmd|' /C calc'!A0");
    expect(text).toContain("Fait hors délai");
    // Issue 15.10: the legal references in the reader's language, never "GDPR Art." in a French file.
    expect(text).toContain("CNIL · RGPD art. 33(1)");
    expect(text).not.toMatch(/GDPR Art\.|Reg\. \(EU\)|progress report/);
  }, 120_000);

  it("an unknown incident is NOT_FOUND", async () => {
    await expect(render(incidentPdfRenderer, { reference: "INC-1999-0001" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
