import { describe, expect, it } from "vitest";
import { csvDocument, csvLine, neutraliseCell, restoreNeutralisedCell } from "./csv";

describe("neutraliseCell", () => {
  it.each(['=HYPERLINK("http://evil")', "+33 6", "-cmd", "@SUM(A1)", "\tx", "\rx"])(
    "prefixes a quote to %j",
    (hostile) => {
      expect(neutraliseCell(hostile)).toBe(`'${hostile}`);
    },
  );
  it("leaves ordinary text and numbers alone", () => {
    expect(neutraliseCell("Facturation")).toBe("Facturation");
    expect(neutraliseCell(-12)).toBe(-12);
    expect(neutraliseCell(null)).toBe("");
  });
});

describe("restoreNeutralisedCell", () => {
  const texts = [
    "- Prospection",
    "=1+1",
    "+33 6",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "'=already quoted",
    "''-twice",
    "'plain quote",
    "'",
    "",
    "Facturation",
    "l'abonné",
  ];
  it.each(texts)("gives back %j after neutralisation", (text) => {
    expect(restoreNeutralisedCell(neutraliseCell(text) as string)).toBe(text);
  });
  it("leaves a quote that is not before a formula character", () => {
    expect(restoreNeutralisedCell("'plain")).toBe("'plain");
    expect(restoreNeutralisedCell("'- Prospection")).toBe("- Prospection");
  });
});

describe("csv writing", () => {
  it("quotes separators and line breaks and ends lines with CRLF", () => {
    expect(csvLine(["a;b", "c\nd", 3], { separator: ";" })).toBe('"a;b";"c\nd";3\r\n');
  });
  it("starts a document with a BOM and neutralises formulas", () => {
    expect(csvDocument([["name"], ["=1+1"]])).toBe("\uFEFFname\r\n'=1+1\r\n");
  });
});
