import { describe, expect, it } from "vitest";
import { OBLIGATION_RULES } from "@/lib/incidents/obligations/obligations";
import { ART9_CONDITION_DEFINITIONS, LEGAL_BASIS_DEFINITIONS } from "@/lib/register/catalogue/legal-bases";
import { RETENTION_CEILINGS } from "@/lib/register/catalogue/retention-ceilings";
import { SECURITY_MEASURES } from "@/lib/register/catalogue/security-measures";
import { legalReferenceIn } from "./legal-reference";

const ENGLISH =
  /\b(GDPR|Reg\.|EU|EC|EEC|Art\.|and|of|if|the|on|at|ongoing|report|subparagraph|recommendation|trackers|period)\b/;

describe("legalReferenceIn", () => {
  it("writes the references the issue quotes as a French lawyer would", () => {
    expect(legalReferenceIn("Reg. (EU) 611/2013 Art. 2(2) and 2(3); Directive 2002/58/EC Art. 4(3)", "fr")).toBe(
      "Règlement (UE) 611/2013 art. 2(2) et 2(3) ; Directive 2002/58/CE art. 4(3)",
    );
    expect(legalReferenceIn("Directive (EU) 2022/2555 (NIS2) Art. 23(4)(e); progress report if ongoing", "fr")).toBe(
      "Directive (UE) 2022/2555 (NIS2) art. 23(4)(e) ; rapport d'avancement si l'incident est toujours en cours",
    );
    expect(legalReferenceIn("GDPR Art. 32(1)(c), Art. 33", "fr")).toBe("RGPD art. 32(1)(c), art. 33");
    expect(legalReferenceIn("GDPR Art. 34(1), exceptions Art. 34(3)", "fr")).toBe(
      "RGPD art. 34(1), exceptions à l'art. 34(3)",
    );
  });

  it("leaves French citations French, and reads them in English for the English UI", () => {
    expect(legalReferenceIn("CPCE art. L34-1 II bis et R. 10-14", "fr")).toBe("CPCE art. L34-1 II bis et R. 10-14");
    expect(legalReferenceIn("CPCE art. L34-1 II ; directive 2002/58/CE art. 6 et 9", "en")).toBe(
      "CPCE Art. L34-1 II; Directive 2002/58/EC Art. 6 and 9",
    );
    expect(legalReferenceIn("GDPR Art. 33(1)", "en")).toBe("GDPR Art. 33(1)");
  });

  it("leaves no English in any catalogue or obligation reference shown in French", () => {
    const references = [
      ...OBLIGATION_RULES.map((rule) => rule.legalReference),
      ...Object.values(LEGAL_BASIS_DEFINITIONS).map((definition) => definition.article),
      ...Object.values(ART9_CONDITION_DEFINITIONS).map((definition) => definition.article),
      ...Object.values(SECURITY_MEASURES).map((measure) => measure.article),
      ...RETENTION_CEILINGS.map((ceiling) => ceiling.legalReference),
    ];
    expect(references.length).toBeGreaterThan(30);
    for (const reference of references) expect(legalReferenceIn(reference, "fr"), reference).not.toMatch(ENGLISH);
  });
});
