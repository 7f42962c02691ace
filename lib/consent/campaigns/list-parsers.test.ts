import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RouteError } from "@/lib/route-errors";
import { CsvListParser } from "./csv-list";
import { JsonListParser } from "./json-list";
import { NdjsonListParser } from "./ndjson-list";
import type { ListParser, ReferenceSink } from "./references";

/** Feed `text` cut at the given offsets; the references and header the parser produced. */
function run(make: (sink: ReferenceSink) => ListParser, text: string, cuts: number[] = []) {
  const refs: string[] = [];
  const parser = make((r) => refs.push(r));
  let at = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b)) {
    parser.write(text.slice(at, cut));
    at = cut;
  }
  parser.write(text.slice(at));
  parser.end();
  return { refs, header: parser.header };
}

const reference = fc
  .string({ minLength: 1, maxLength: 20, unit: "grapheme" })
  .map((s) => s.replace(/\u0000/g, "x").trim())
  .filter((s) => s.length > 0 && s.length <= 128);
const header = { purpose: "sms_marketing", channel: "sms", campaign: "Soldes d'été" };

describe("list parsers", () => {
  it("JSON: any list, any key order, cut anywhere, gives the references in order", () => {
    fc.assert(
      fc.property(
        fc.array(reference, { maxLength: 30 }),
        fc.array(fc.nat(2000)),
        fc.boolean(),
        (refs, cuts, refsFirst) => {
          const list = `"subscriberRefs" : ${JSON.stringify(refs, null, refsFirst ? 1 : 0)}`;
          const fields = Object.entries(header).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
          const text = `{${refsFirst ? [list, ...fields].join(",") : [...fields, list].join(" ,\n")}}`;
          expect(run((sink) => new JsonListParser(sink), text, cuts)).toEqual({ refs, header });
        },
      ),
    );
  });

  it("NDJSON: header line then one string per line, cut anywhere, blank lines and CRLF allowed", () => {
    fc.assert(
      fc.property(fc.array(reference, { maxLength: 30 }), fc.array(fc.nat(2000)), (refs, cuts) => {
        const text = [JSON.stringify(header), ...refs.map((r) => JSON.stringify(r)), ""].join("\r\n") + "\n";
        expect(run((sink) => new NdjsonListParser(sink), text, cuts)).toEqual({ refs, header });
      }),
    );
  });

  it("CSV: the first cell of each line, quoted or not, with an optional header row and neutralised cells restored", () => {
    const text = 'subscriber_ref;note\nSUB-1;x\n"SUB-""2""",y\n\n  SUB-3  \n"\'=SUB-4"\n';
    expect(run((sink) => new CsvListParser(sink, header), text, [5, 17]).refs).toEqual([
      "SUB-1",
      'SUB-"2"',
      "SUB-3",
      "=SUB-4",
    ]);
  });

  it.each([
    ["JSON cut short", () => run((s) => new JsonListParser(s), '{"subscriberRefs":["a"'), ""],
    ["JSON without the list", () => run((s) => new JsonListParser(s), '{"purpose":"a"}'), "subscriberRefs"],
    [
      "a raw control character",
      () => run((s) => new JsonListParser(s), '{"subscriberRefs":["a\tb"]}'),
      "subscriberRefs.0",
    ],
    ["a string over 4 KB", () => run((s) => new JsonListParser(s), `{"campaign":"${"x".repeat(5000)}"`), "campaign"],
    ["an NDJSON body without header", () => run((s) => new NdjsonListParser(s), ""), "line 1"],
    [
      "an NDJSON header holding the list",
      () => run((s) => new NdjsonListParser(s), '{"subscriberRefs":[]}\n'),
      "subscriberRefs",
    ],
    ["an unterminated CSV quote", () => run((s) => new CsvListParser(s, {}), '"SUB-1\n'), "line 1"],
  ])("refuses %s naming the place", (_name, parse, path) => {
    try {
      parse();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RouteError);
      expect((error as RouteError).issues?.[0]?.path).toBe(path);
    }
  });
});
