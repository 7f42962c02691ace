/**
 * How a PDF's pages are numbered when the body is laid out before the front matter: each body
 * page shows its "Page N / M" through a form of its own, written once M is known; the front
 * matter (cover, contents) is numbered i, ii, … and moved before the body in the page tree.
 */

/** A page number in lower-case roman numerals (the front matter's numbering). */
export function roman(n: number): string {
  const numerals: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let rest = n;
  let out = "";
  for (const [value, numeral] of numerals)
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  return out;
}

/** A form XObject holding one body page's "Page N / M", written once M is known (pdfkit's reference). */
export interface PageNumberForm {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: string): void;
  end(): void;
}

/** An empty form the current page shows (as `/PageNumber`), to be written by `finish`. */
export function addPageNumberForm(doc: PDFKit.PDFDocument, page: { width: number; height: number }): PageNumberForm {
  const form = doc.ref({
    Type: "XObject",
    Subtype: "Form",
    BBox: [0, 0, page.width, page.height],
  }) as unknown as PageNumberForm;
  // A hundred bytes: deflating them would cost more than it saves.
  form.compress = false;
  (doc.page as unknown as { xobjects: Record<string, unknown> }).xobjects.PageNumber = form;
  doc.addContent("/PageNumber Do");
  return form;
}

/**
 * Move the `frontPages` pages added after the `bodyPages` of the body to the front of the page
 * tree (a PDF's page order is its page tree's, not the order its objects are written in), and
 * label the pages as printed — i, ii, … then 1, 2, … — so a viewer's page box shows the same.
 */
export function moveFrontMatterFirst(doc: PDFKit.PDFDocument, bodyPages: number, frontPages: number): void {
  const root = (
    doc as unknown as { _root: { data: Record<string, unknown> & { Pages: { data: { Kids: unknown[] } } } } }
  )._root;
  const kids = root.data.Pages.data.Kids;
  kids.unshift(...kids.splice(bodyPages, frontPages));
  if (frontPages > 0) root.data.PageLabels = { Nums: [0, { S: "r" }, frontPages, { S: "D" }] };
}
