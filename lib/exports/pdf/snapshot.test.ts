import { describe, expect, it } from "vitest";
import { keysetPages } from "./snapshot";

describe("keysetPages", () => {
  it("reads every row once, a page at a time, asking for the rows after the last key", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
    const asked: (number | null)[] = [];
    const pages: number[][] = [];
    for await (const page of keysetPages(
      async (after: number | null, size) => {
        asked.push(after);
        return rows.filter((row) => after === null || row.id > after).slice(0, size);
      },
      (row) => row.id,
      3,
    ))
      pages.push(page.map((row) => row.id));
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(asked).toEqual([null, 3, 6]);
  });

  it("stops after an exactly full last page with one more (empty) read and yields no empty page", async () => {
    const pages: number[][] = [];
    for await (const page of keysetPages(
      async (after: number | null) => (after === null ? [1, 2] : after === 2 ? [3, 4] : []),
      (n) => n,
      2,
    ))
      pages.push(page);
    expect(pages).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});
