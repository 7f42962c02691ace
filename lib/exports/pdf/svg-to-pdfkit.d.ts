declare module "svg-to-pdfkit" {
  /** Draws an SVG document onto a pdfkit document as vector graphics (svg-to-pdfkit has no types of its own). */
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: {
      width?: number;
      height?: number;
      preserveAspectRatio?: string;
      fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
      assumePt?: boolean;
    },
  ): void;
}
