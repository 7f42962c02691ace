import { describe, expect, it } from "vitest";
import { exportJobLabel } from "./report-label";

describe("exportJobLabel", () => {
  it("names a job by its report's and format's labels, as the export centre shows them", () => {
    expect(exportJobLabel("register", "pdf", "fr")).toBe("Registre des activités de traitement — PDF");
    expect(exportJobLabel("breach-register", "xlsx", "fr")).toBe("Registre des violations — Excel (XLSX)");
    expect(exportJobLabel("audit-pack", "zip", "en")).toBe("Signed audit pack — ZIP");
  });

  it("keeps the code of a kind it does not know", () => {
    expect(exportJobLabel("retired-report", "odt", "fr")).toBe("retired-report — odt");
  });
});
