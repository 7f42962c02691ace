import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { seedDemo } from "@/lib/demo";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/guard";
import { unsafeReadDashboard } from "@/lib/consent/dashboard/read";
import { unsafeReadSubscriberHistory } from "@/lib/consent/lookup";
import { useTestDatabase } from "@/lib/testing/db";
import type { ExportScope, ReportRenderer } from "../contract";
import { demoActor, exportContext } from "../pdf/test-context";
import { collect, folded, frontPageCount, leakedMessageKeys, misnumberedPages, pdfPages } from "../pdf/test-text";
import { subscriberDossierPdfRenderer } from "../subscriber-dossier/pdf";
import { consentPdfRenderer, granularityFor } from "./pdf";

const database = useTestDatabase();
const NOW = new Date("2026-11-29T10:00:00Z");
const HOSTILE_REF = "SUB-Zoë-Ł-東京-✓";
const fr = (value: number) => new Intl.NumberFormat("fr-FR").format(value).replace(/\u202F|\u00A0/g, " ");

async function render(renderer: ReportRenderer, scope: ExportScope, role: "dpo" | "security" | "auditor" = "auditor") {
  const db = database.current.handle.db;
  const { out, bytes } = collect();
  await renderer.render(exportContext(db, await demoActor(db, role, NOW), NOW), scope, "pdf", out);
  const pages = await pdfPages(bytes());
  expect(leakedMessageKeys(pages.join("\n"))).toEqual([]);
  expect(frontPageCount(pages)).toBe(2); // the cover and the contents
  expect(misnumberedPages(pages, 2)).toEqual([]);
  return { text: folded(pages.join("\n")), bytes: bytes() };
}

describe("consent report and subscriber dossier PDFs", () => {
  it("the consent report shows the dashboard's figures, each SVG chart (vector, no image) followed by its data table", async () => {
    const db = database.current.handle.db;
    await seedDemo(db, NOW, { consentEvents: 3000 });
    const scope = { from: "2026-06-01", to: "2026-11-29" };
    const { text, bytes } = await render(consentPdfRenderer, scope);
    const dashboard = await unsafeReadDashboard(db, {
      ...scope,
      purposes: [],
      channels: [],
      granularity: granularityFor(scope.from, scope.to),
    });
    for (const purpose of dashboard.purposes) expect(text).toContain(purpose.labelFr);
    for (const current of dashboard.current) expect(text).toContain(`(${current.key}) ${fr(current.optedIn)}`);
    for (const title of [
      "Abonnés consentants au fil du temps",
      "Octrois et retraits par canal",
      "Octrois et retraits par version du texte",
      "Pics de retraits",
    ])
      expect(text).toContain(title);
    expect(text.split("Données du graphique").length - 1).toBe(3);
    for (const flow of dashboard.flows.slice(0, 5))
      expect(text).toContain(`${flow.bucket} ${flow.channel} ${fr(flow.grants)} ${fr(flow.withdrawals)}`);
    expect(bytes.includes(Buffer.from("/Subtype /Image"))).toBe(false);
  }, 240_000);

  it("the dossier shows every event of the subscriber per purpose with the wording of the text version shown, and the current state", async () => {
    const db = database.current.handle.db;
    const [top] = rowsOf<{ ref: string }>(
      await db.execute(
        sql`select subscriber_ref as ref from consent_events group by 1 order by count(*) desc, 1 limit 1`,
      ),
    );
    const history = await unsafeReadSubscriberHistory(db, top!.ref);
    expect(history.events.length).toBeGreaterThan(1);
    const purposes = await db.select().from(consentPurposes);
    const versions = await db.select().from(consentTextVersions);
    const { text } = await render(subscriberDossierPdfRenderer, { subscriberRef: top!.ref });
    for (const event of history.events) {
      expect(text).toContain(event.eventId);
      const purpose = purposes.find((p) => p.key === event.purposeKey)!;
      const wording = versions.find((v) => v.purposeId === purpose.id && v.version === event.textVersion)!.text;
      expect(text).toContain(folded(`Version ${event.textVersion} : ${wording}`));
    }
    for (const state of history.purposes) expect(text).toContain(state.latestEventId);
  }, 120_000);

  it("prints a hostile subscriber's events literally, and refuses a reader without consent:lookup", async () => {
    const db = database.current.handle.db;
    const [purpose] = await db.select().from(consentPurposes).limit(1);
    await db.execute(sql`insert into consent_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof)
      values ('2026-11-20T10:00:00Z', 987654321, ${HOSTILE_REF}, ${purpose!.id}, true, 'web', 'v9', 'evt-<script>', 'test', '=1+1 ) Tj', ${JSON.stringify({ note: '=HYPERLINK("x")', city: "東京" })}::jsonb)`);
    const { text } = await render(subscriberDossierPdfRenderer, { subscriberRef: HOSTILE_REF }, "dpo");
    expect(text).toContain(HOSTILE_REF);
    expect(text).toContain("evt-<script>");
    expect(text).toContain("=1+1 ) Tj");
    expect(text).toContain("Version v9 (texte introuvable dans le catalogue)");
    expect(text.replace(/ /g, "")).toContain('{"city":"東京","note":"=HYPERLINK(\\"x\\")"}'); // jsonb orders keys
    await expect(
      render(subscriberDossierPdfRenderer, { subscriberRef: HOSTILE_REF }, "security"),
    ).rejects.toBeInstanceOf(ForbiddenError);
  }, 120_000);
});
