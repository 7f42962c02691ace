import { ActionError } from "@/lib/action";
import { assertCan } from "@/lib/auth/guard";
import type { ReportRenderer } from "../contract";
import { fileSafe, formatInstant } from "../pdf/format";
import { drawCover, drawToc, writePdfReport } from "../pdf/report";
import { dossierEventPages, purposesWithEvents, readCatalogue, readStates } from "./pdf-data";

const k = (key: string) => `exportsPdf.consent.${key}`;

/**
 * One subscriber's consent proof dossier (GDPR Art. 7(1), what the CNIL asks for in a
 * complaint): the current state per purpose, then for each purpose every event — instant, action,
 * channel, source, the wording of the text version shown, the proof artefact. The export centre
 * logs its generation as a proof lookup (`consent.lookup`). Events are read by keyset pages of 500.
 */
export const subscriberDossierPdfRenderer: ReportRenderer = {
  kind: "subscriber-dossier",
  formats: ["pdf"],
  fileName: (scope) => `dossier-preuve-consentement-${fileSafe(scope.subscriberRef ?? "")}.pdf`,
  async render(ctx, scope, _format, out) {
    assertCan(ctx.actor, "consent:lookup");
    const subscriberRef = scope.subscriberRef ?? "";
    if (subscriberRef === "")
      throw new ActionError("VALIDATION", "consent.errors.required", { subscriberRef: ["required"] });
    const at = (value: Date) => formatInstant(value, ctx.locale, ctx.timeZone);
    await writePdfReport(ctx, out, (t) => ({
      title: t(k("dossierTitle")),
      subject: t(k("dossierSubtitle")),
      asOf: at(ctx.now),
      async draw({ writer, db, org }) {
        const { purposes, wording } = await readCatalogue(db);
        const byId = new Map(purposes.map((p) => [p.id, p]));
        const label = (id: string) => {
          const p = byId.get(id);
          return p ? t(k("purposeTitle"), { label: ctx.locale === "fr" ? p.labelFr : p.labelEn, key: p.key }) : id;
        };
        const withEvents = await purposesWithEvents(db, subscriberRef);
        writer.front(async () => {
          drawCover(writer, t(k("dossierTitle")), t(k("dossierSubtitle")), [
            [t(k("subscriber")), subscriberRef],
            [t("exportsPdf.organisation"), org.name || "—"],
            [t("exportsPdf.dpo"), org.dpoContact || "—"],
            [t("exportsPdf.generatedAt"), `${at(ctx.now)} — ${ctx.actor.name}`],
          ]);
          await drawToc(writer, t, [{ title: t(k("stateTitle")) }, ...withEvents.map((id) => ({ title: label(id) }))]);
        });
        writer.newPage();
        writer.heading(t(k("stateTitle")), 1, { toc: true });
        const states = await readStates(db, subscriberRef);
        const col = (key: string) => t(k(`stateColumns.${key}`));
        const stateTable = writer.table([
          { header: col("purpose"), width: 0.4 },
          { header: col("state"), width: 0.18 },
          { header: col("since"), width: 0.2 },
          { header: col("event"), width: 0.22 },
        ]);
        for (const s of states)
          stateTable.row([label(s.purposeId), t(k(s.optedIn ? "optedIn" : "optedOut")), at(s.since), s.latestEventId]);
        stateTable.end();
        if (withEvents.length === 0) writer.text(t(k("noEvents")));

        const e = (key: string) => t(k(`eventColumns.${key}`));
        let current: string | null = null;
        let events: ReturnType<typeof writer.table> | null = null;
        let done = 0;
        for await (const page of dossierEventPages(db, subscriberRef)) {
          for (const event of page) {
            if (event.purposeId !== current) {
              events?.end();
              current = event.purposeId;
              writer.newPage();
              writer.heading(label(event.purposeId), 1, { toc: true });
              events = writer.table([
                { header: e("at"), width: 0.15 },
                { header: e("action"), width: 0.14 },
                { header: e("channel"), width: 0.09 },
                { header: e("source"), width: 0.1 },
                { header: e("text"), width: 0.3 },
                { header: e("proof"), width: 0.22 },
              ]);
            }
            const kind = byId.get(event.purposeId)?.kind === "objection" ? "actionsObjection" : "actions";
            const text = wording.get(`${event.purposeId}|${event.textVersion}`);
            events!.row([
              `${at(event.occurredAt)}\n${t(k("received"), { at: at(event.receivedAt), eventId: event.eventId })}`,
              t(k(`${kind}.${event.isGrant ? "grant" : "withdraw"}`)),
              event.channel,
              event.source ?? "—",
              text === undefined
                ? t(k("versionUnknown"), { version: event.textVersion })
                : t(k("versionText"), { version: event.textVersion, text }),
              event.proof === null || event.proof === undefined ? "—" : JSON.stringify(event.proof),
            ]);
          }
          done += page.length;
          ctx.onProgress?.(done, null);
          await writer.drain();
        }
        events?.end();
      },
    }));
  },
};
