import { it } from "vitest";
import { assessCompleteness } from "./completeness";
import { processingActivitySchema } from "./schemas";
import { buildControllerEntry, buildProcessorEntry } from "./test-fixtures";
import { createEmptyProcessingActivity } from "./defaults";
it("smoke", () => {
  for (const e of [buildControllerEntry(), buildProcessorEntry(), createEmptyProcessingActivity("x")]) {
    console.log(JSON.stringify(assessCompleteness(e, { now: new Date() })));
    const r = processingActivitySchema.safeParse(e);
    console.log(r.success, r.error?.issues);
  }
  const r = processingActivitySchema.safeParse({ ...createEmptyProcessingActivity("x"), status: "active" });
  console.log(r.error?.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  console.log(processingActivitySchema.safeParse({}).error?.issues.slice(0, 5));
});
