import PDFDocument from "pdfkit";

/** A notification draft as an A4 PDF (pdfkit, standard Helvetica: Latin-1 text, accents included). */
export function renderDraftPdf(title: string, text: string, footer: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: title, Producer: "Vigie" } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.font("Helvetica-Bold").fontSize(14).text(title);
    doc.moveDown();
    doc.font("Helvetica").fontSize(10.5).text(text, { lineGap: 2 });
    doc.moveDown(2);
    doc.fontSize(8).fillColor("#555555").text(footer);
    doc.end();
  });
}
