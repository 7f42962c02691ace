import { describe, expect, it } from "vitest";
import { proofFields } from "./proof-fields";

describe("proofFields", () => {
  it("flattens a proof artefact into readable fields, in the sender's order", () => {
    expect(
      proofFields({ ip: "203.0.113.7", form: { id: "signup", checked: true }, screens: ["a", "b"], list: [{ x: 1 }] }),
    ).toEqual([
      { field: "ip", value: "203.0.113.7" },
      { field: "form.id", value: "signup" },
      { field: "form.checked", value: "true" },
      { field: "screens", value: "a, b" },
      { field: "list[1].x", value: "1" },
    ]);
    expect(proofFields(null)).toEqual([]);
  });
});
