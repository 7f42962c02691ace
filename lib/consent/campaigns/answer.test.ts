import { describe, expect, it } from "vitest";
import { AnswerWriter } from "./answer";

const counts = { received: 3, distinct: 3, allowed: 2, refused: 1, unknown: 0 };
const id = "00000000-0000-4000-8000-000000000009";

function write(format: "json" | "ndjson", refs: string[]): string {
  const writer = new AnswerWriter(format, id);
  let out = "";
  for (const ref of refs) {
    writer.reference(ref);
    out += writer.take() ?? "";
  }
  return out + (writer.take(true) ?? "") + writer.closing(counts);
}

describe("AnswerWriter", () => {
  const refs = ["SUB-1", 'quote"d', "back\\slash", "tab\tcontrol", "é😀"];
  it("writes one JSON document with the references escaped and the counts last", () => {
    expect(JSON.parse(write("json", refs))).toEqual({ checkId: id, allowed: refs, counts });
    expect(JSON.parse(write("json", []))).toEqual({ checkId: id, allowed: [], counts });
  });
  it("writes NDJSON: the id first, one reference per line, the counts last", () => {
    const lines = write("ndjson", refs)
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([{ checkId: id }, ...refs, { checkId: id, counts }]);
  });
  it("sends large answers in pieces", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `SUB-${i}`);
    const writer = new AnswerWriter("json", id);
    let pieces = 0;
    for (const ref of many) {
      writer.reference(ref);
      if (writer.take()) pieces++;
    }
    expect(pieces).toBeGreaterThan(1);
  });
});
