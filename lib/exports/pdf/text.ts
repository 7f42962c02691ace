/**
 * Pure text handling of the PDF kit: make any stored string printable as it is (hostile text
 * prints literally, never interpreted), split it into runs per font (a glyph missing from the
 * main font falls back to the next font that has it) and break it into lines of a given width.
 */

/** One piece of text set in one font. */
export interface Run {
  text: string;
  font: number;
  /** Its width in points, when known (lines from `wrapText` carry it, so drawing need not measure again). */
  width?: number;
}

/** A laid-out line: its runs and its width in points. */
export interface Line {
  runs: Run[];
  width: number;
}

const REPLACEMENT = "\uFFFD";

/**
 * The string as it will be printed: lone surrogates and control characters (C0 except line
 * feed, C1, bidirectional overrides that would reorder what the reader sees) become U+FFFD so that
 * nothing stored is silently dropped or reinterpreted; tabs become spaces; CR LF and CR become LF.
 */
export function printable(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, REPLACEMENT)
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, REPLACEMENT);
}

/**
 * Split `text` into runs: each code point goes to the first font `fontFor` names (0 when no
 * font has it: the main font shows its "missing glyph" box). Spaces and line feeds stay in the
 * current run so that runs are as long as possible.
 */
export function splitRuns(text: string, fontFor: (codePoint: number) => number): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const font: number = (char === " " || char === "\n") && current ? current.font : fontFor(codePoint);
    if (current && current.font === font) current.text += char;
    else {
      current = { text: char, font };
      runs.push(current);
    }
  }
  return runs;
}

/** Measures a run's width in points in its font at the current size. */
export type Measure = (text: string, font: number) => number;

interface Piece {
  text: string;
  font: number;
  width: number;
  isSpace: boolean;
}

/** Words and spaces of one paragraph (no line feed), each in one font. */
function pieces(runs: readonly Run[], measure: Measure): Piece[] {
  const result: Piece[] = [];
  for (const run of runs) {
    for (const token of run.text.split(/( +)/)) {
      if (token === "") continue;
      result.push({ text: token, font: run.font, width: measure(token, run.font), isSpace: token.startsWith(" ") });
    }
  }
  return result;
}

/** A word wider than the line, cut into pieces that fit (by code point, in linear time: widths are added up). */
function cutWord(piece: Piece, width: number, measure: Measure): Piece[] {
  const parts: Piece[] = [];
  let text = "";
  let used = 0;
  for (const char of piece.text) {
    const charWidth = measure(char, piece.font);
    if (text !== "" && used + charWidth > width) {
      parts.push({ ...piece, text, width: used });
      text = "";
      used = 0;
    }
    text += char;
    used += charWidth;
  }
  if (text !== "") parts.push({ ...piece, text, width: used });
  return parts;
}

function pushRun(line: Line, piece: Piece) {
  const last = line.runs[line.runs.length - 1];
  if (last && last.font === piece.font) {
    last.text += piece.text;
    last.width = (last.width ?? 0) + piece.width;
  } else line.runs.push({ text: piece.text, font: piece.font, width: piece.width });
  line.width += piece.width;
}

/** Drop the trailing spaces of a line (widths add up word by word, so only the spaces are measured). */
function trimEnd(line: Line, measure: Measure): Line {
  const last = line.runs[line.runs.length - 1];
  if (last && last.text.endsWith(" ")) {
    const trimmed = last.text.replace(/ +$/, "");
    const spaces = measure(last.text.slice(trimmed.length), last.font);
    line.width -= spaces;
    if (trimmed === "") line.runs.pop();
    else {
      last.text = trimmed;
      last.width = (last.width ?? 0) - spaces;
    }
  }
  return line;
}

/** Break one paragraph's runs into lines no wider than `width`; words are kept whole unless wider than a line. */
function wrapParagraph(runs: readonly Run[], width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line: Line = { runs: [], width: 0 };
  // Glue pieces without spaces between them into words (a word may mix fonts: "東京-2").
  const words: Piece[][] = [];
  for (const piece of pieces(runs, measure)) {
    const previous = words[words.length - 1];
    if (previous && !piece.isSpace && !previous[previous.length - 1]!.isSpace) previous.push(piece);
    else words.push([piece]);
  }
  for (const word of words) {
    const wordWidth = word.reduce((sum, piece) => sum + piece.width, 0);
    if (word[0]!.isSpace) {
      if (line.runs.length > 0) pushRun(line, word[0]!);
      continue;
    }
    if (line.width + wordWidth > width && line.runs.length > 0) {
      lines.push(trimEnd(line, measure));
      line = { runs: [], width: 0 };
    }
    for (const piece of word) {
      const parts = piece.width > width ? cutWord(piece, width, measure) : [piece];
      for (const part of parts) {
        if (line.width + part.width > width && line.runs.length > 0) {
          lines.push(trimEnd(line, measure));
          line = { runs: [], width: 0 };
        }
        pushRun(line, part);
      }
    }
  }
  lines.push(trimEnd(line, measure));
  return lines;
}

/** Lines of `text` (already `printable`) in `width` points: line feeds start new lines; an empty text is one empty line. */
export function wrapText(
  text: string,
  width: number,
  fontFor: (codePoint: number) => number,
  measure: Measure,
): Line[] {
  return text.split("\n").flatMap((paragraph) => wrapParagraph(splitRuns(paragraph, fontFor), width, measure));
}
