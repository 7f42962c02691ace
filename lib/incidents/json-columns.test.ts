import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  Nis2ImpactInput,
  ObligationOverride,
  SeverityInput as StoredSeverity,
  SeveritySuggestions,
} from "@/db/schema/json-types";
import type { nis2ImpactSchema } from "./form/nis2-impact-schema";
import type { ObligationId } from "./obligations/obligations";
import type { SeverityInput } from "./schemas";
import type { SeveritySuggestionMap } from "./severity";

// The JSON columns' types are declared in db/schema; the domain's own types must stay identical
// (tsc fails on any difference, so a new obligation or severity level is added on both sides).
describe("incident JSON columns", () => {
  it("store the domain's obligation ids, severity inputs and suggestion map", () => {
    expectTypeOf<ObligationOverride["obligation"]>().toEqualTypeOf<ObligationId>();
    expectTypeOf<StoredSeverity>().toEqualTypeOf<SeverityInput>();
    expectTypeOf<SeveritySuggestions>().toEqualTypeOf<SeveritySuggestionMap>();
    expectTypeOf<z.output<typeof nis2ImpactSchema>>().toEqualTypeOf<Nis2ImpactInput>();
  });
});
