import { getDataCategory } from "../catalogue/catalogue";
import { CONSENT_ONLY_FAMILIES } from "../catalogue/purpose-families";
import type { RequirementId } from "./requirements";
import { isEeaCountry } from "../catalogue/countries";
import { screenDpia } from "../dpia/dpia";
import { checkRetention } from "./retention";
import type { EntryPath as Path } from "../entry/paths";
import type { Party, ProcessingActivity, Transfer } from "../entry/types";

/** One failure of a requirement: where it is in the entry, and values for its message. */
export interface Failure {
  readonly path: Path;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A requirement that applies to the entry, with its legal source and failures (none: met). */
export interface Check {
  readonly id: RequirementId;
  readonly article: string;
  readonly failures: readonly Failure[];
}

export interface RuleOptions {
  /** Today in the organisation's zone (ISO date), to find overdue reviews; omitted: not checked. */
  readonly today?: string;
}

class Checks {
  readonly list: Check[] = [];
  add(id: RequirementId, article: string, failures: readonly Failure[]): void {
    this.list.push({ id, article, failures });
  }
  expect(id: RequirementId, article: string, isMet: boolean, path: Path): void {
    this.add(id, article, isMet ? [] : [{ path }]);
  }
}

const isBlank = (value: string) => value.trim() === "";

/** Failures for the items of a list whose `field` is missing ("" or null). */
function missingIn<T>(items: readonly T[], base: Path, field: keyof T & string): Failure[] {
  return items.flatMap((item, index) => {
    const value = item[field];
    const isMissing = value === null || (typeof value === "string" && isBlank(value));
    return isMissing ? [{ path: [...base, index, field] }] : [];
  });
}

function art30(entry: ProcessingActivity, letter: string): string {
  return `GDPR Art. 30(${entry.role === "processor" ? 2 : 1})(${letter})`;
}

/**
 * The checks that apply to one entry: Art. 30(1) for controllers and joint controllers, Art.
 * 30(2) per controller served for processors, then the good-practice items (owner, systems, review date).
 */
export function collectChecks(entry: ProcessingActivity, options: RuleOptions = {}): Check[] {
  const checks = new Checks();
  const isProcessor = entry.role === "processor";
  const party = (value: Party, base: Path, name: RequirementId, contact: RequirementId) => {
    checks.expect(name, art30(entry, "a"), !isBlank(value.name), [...base, "name"]);
    checks.expect(contact, art30(entry, "a"), !isBlank(value.contact), [...base, "contact"]);
  };
  party(entry.organisation, ["organisation"], "organisationName", "organisationContact");
  party(entry.dpo, ["dpo"], "dpoName", "dpoContact");
  if (entry.euRepresentative) {
    party(entry.euRepresentative, ["euRepresentative"], "representativeName", "representativeContact");
  }
  if (isProcessor) addProcessorChecks(entry, checks);
  else addControllerChecks(entry, checks, options);

  const { measures, description } = entry.securityMeasures;
  checks.expect("security", art30(entry, isProcessor ? "d" : "g"), measures.length > 0 || !isBlank(description), [
    "securityMeasures",
    "measures",
  ]);

  if (!isProcessor) {
    checks.expect("dataSource", "GDPR Art. 14(2)(f)", !isBlank(entry.dataSource), ["dataSource"]);
  }
  checks.expect("systems", "GDPR Art. 5(2)", entry.systems.length > 0, ["systems"]);
  checks.expect("businessOwner", "GDPR Art. 5(2)", !isBlank(entry.businessOwner), ["businessOwner"]);
  if (entry.processors.length > 0) {
    checks.add("processorContract", "GDPR Art. 28(3)", missingIn(entry.processors, ["processors"], "contractDate"));
  }
  checks.expect("reviewDate", "GDPR Art. 24(1)", entry.nextReviewOn !== null, ["nextReviewOn"]);
  if (options.today && entry.nextReviewOn) {
    checks.expect("reviewOverdue", "GDPR Art. 24(1)", entry.nextReviewOn >= options.today, ["nextReviewOn"]);
  }
  if (!isProcessor) addDpiaChecks(entry, checks, options);
  return checks.list;
}

function addControllerChecks(entry: ProcessingActivity, checks: Checks, options: RuleOptions): void {
  const { purposes, jointControllers, recipients, transfers, retention } = entry;
  if (entry.role === "joint_controller") {
    checks.expect("jointControllers", art30(entry, "a"), jointControllers.length > 0, ["jointControllers"]);
  }
  if (jointControllers.length > 0) {
    const base = ["jointControllers"];
    checks.add("jointControllerName", art30(entry, "a"), missingIn(jointControllers, base, "name"));
    checks.add("jointControllerContact", art30(entry, "a"), missingIn(jointControllers, base, "contact"));
    checks.add("jointArrangement", "GDPR Art. 26(1)", missingIn(jointControllers, base, "arrangementReference"));
  }

  checks.expect("purposes", art30(entry, "b"), purposes.length > 0, ["purposes"]);
  if (purposes.length > 0) {
    checks.add("purposeDescription", art30(entry, "b"), missingIn(purposes, ["purposes"], "description"));
    checks.add("legalBasis", "GDPR Art. 6(1)", missingIn(purposes, ["purposes"], "legalBasis"));
  }
  if (purposes.some((p) => p.legalBasis === "legitimate_interests")) {
    checks.add(
      "balancingTest",
      "GDPR Art. 6(1)(f)",
      purposes.flatMap((p, i) =>
        p.legalBasis === "legitimate_interests" && isBlank(p.balancingTest)
          ? [{ path: ["purposes", i, "balancingTest"] }]
          : [],
      ),
    );
  }
  const categories = entry.dataCategories.map(getDataCategory);
  if (purposes.length > 0 && categories.some((c) => c.isSpecial)) {
    checks.add("art9Condition", "GDPR Art. 9(2)", missingIn(purposes, ["purposes"], "art9Condition"));
  }
  if (categories.some((c) => c.isCriminal)) {
    checks.expect("criminalDataAuthorisation", "GDPR Art. 10", !isBlank(entry.criminalDataAuthorisation), [
      "criminalDataAuthorisation",
    ]);
  }

  addEPrivacyChecks(entry, checks);

  checks.expect("dataSubjects", art30(entry, "c"), entry.dataSubjectCategories.length > 0, ["dataSubjectCategories"]);
  checks.expect("dataCategories", art30(entry, "c"), entry.dataCategories.length > 0, ["dataCategories"]);

  checks.expect("recipients", art30(entry, "d"), recipients.length > 0, ["recipients"]);
  if (recipients.length > 0) {
    checks.add("recipientName", art30(entry, "d"), missingIn(recipients, ["recipients"], "name"));
  }

  if (recipients.some((r) => r.isInThirdCountry)) {
    checks.add(
      "transferForRecipient",
      art30(entry, "e"),
      transfers.length > 0
        ? []
        : recipients.flatMap((r, i) => (r.isInThirdCountry ? [{ path: ["recipients", i, "isInThirdCountry"] }] : [])),
    );
  }
  addTransferChecks(
    entry,
    checks,
    transfers.map((transfer, i) => ({ transfer, path: ["transfers", i] })),
  );

  if (entry.dataCategories.length > 0) {
    const covered = new Set(retention.map((rule) => rule.dataCategory));
    checks.add(
      "retention",
      art30(entry, "f"),
      entry.dataCategories.flatMap((dataCategory) =>
        covered.has(dataCategory) ? [] : [{ path: ["retention"], params: { dataCategory } }],
      ),
    );
  }
  if (retention.length > 0) {
    checks.add("retentionTrigger", "GDPR Art. 5(1)(e)", missingIn(retention, ["retention"], "trigger"));
    const warnings = checkRetention(entry, options.today ? { on: options.today } : {});
    const lapsed = warnings.filter((w) => w.decreeLapsed);
    if (lapsed.length > 0) {
      checks.add(
        "retentionDecreeLapsed",
        "CPCE art. L34-1 II et III",
        lapsed.map((w) => ({ path: ["retention", w.index, "duration"], params: { dataCategory: w.dataCategory } })),
      );
    }
    checks.add(
      "retentionJustification",
      "GDPR Art. 5(1)(e); CPCE art. L34-1",
      warnings
        .filter((w) => !w.isJustified && !w.decreeLapsed)
        .map((w) => ({
          path: ["retention", w.index, "justification"],
          params: { dataCategory: w.dataCategory, declaredMonths: w.declaredMonths, ceilingMonths: w.ceilingMonths },
        })),
    );
  }
}

function addProcessorChecks(entry: ProcessingActivity, checks: Checks): void {
  const served = entry.controllersServed;
  checks.expect("controllersServed", art30(entry, "a"), served.length > 0, ["controllersServed"]);
  if (served.length > 0) {
    const base = ["controllersServed"];
    checks.add("controllerServedName", art30(entry, "a"), missingIn(served, base, "name"));
    checks.add("controllerServedContact", art30(entry, "a"), missingIn(served, base, "contact"));
    checks.add(
      "processingCategories",
      art30(entry, "b"),
      served.flatMap((c, i) =>
        c.processingCategories.length > 0 ? [] : [{ path: ["controllersServed", i, "processingCategories"] }],
      ),
    );
    checks.add("controllerServedContract", "GDPR Art. 28(3)", missingIn(served, base, "contractDate"));
  }
  if (served.some((c) => !c.isEstablishedInEu)) {
    checks.add(
      "controllerServedRepresentative",
      "GDPR Art. 27; Art. 30(2)(a)",
      served.flatMap((c, i) => {
        const r = c.representative;
        const isComplete = c.isEstablishedInEu || (r !== null && !isBlank(r.name) && !isBlank(r.contact));
        return isComplete ? [] : [{ path: ["controllersServed", i, "representative"] }];
      }),
    );
  }
  addTransferChecks(
    entry,
    checks,
    served.flatMap((c, i) =>
      c.transfers.map((transfer, j) => ({ transfer, path: ["controllersServed", i, "transfers", j] })),
    ),
  );
}

/**
 * Art. 30(1)(e) / 30(2)(c): each transfer names its destination and Chapter V mechanism, an
 * Art. 49 derogation its documented safeguards (Art. 49(6)), and every processor located
 * outside the EEA is covered by a transfer to its country.
 */
function addTransferChecks(
  entry: ProcessingActivity,
  checks: Checks,
  located: readonly { transfer: Transfer; path: Path }[],
): void {
  const article = art30(entry, entry.role === "processor" ? "c" : "e");
  const countries = new Set(located.map(({ transfer }) => transfer.country));
  if (entry.processors.some((p) => p.country !== "" && !isEeaCountry(p.country))) {
    checks.add(
      "transferForProcessor",
      article,
      entry.processors.flatMap((p, i) =>
        p.country === "" || isEeaCountry(p.country) || countries.has(p.country)
          ? []
          : [{ path: ["processors", i, "country"], params: { country: p.country } }],
      ),
    );
  }
  if (located.length === 0) return;
  const where = (isMissing: (t: Transfer) => boolean, field: string) =>
    located.flatMap(({ transfer, path }) => (isMissing(transfer) ? [{ path: [...path, field] }] : []));
  checks.add(
    "transferDestination",
    article,
    where((t) => t.country === "" && isBlank(t.internationalOrganisation), "country"),
  );
  checks.add(
    "transferMechanism",
    article,
    where((t) => t.mechanism === null, "mechanism"),
  );
  if (located.some(({ transfer }) => transfer.mechanism === "art49_derogation")) {
    checks.add(
      "transferSafeguards",
      `${article}; Art. 49(6)`,
      where((t) => t.mechanism === "art49_derogation" && isBlank(t.documentationReference), "documentationReference"),
    );
  }
  checks.add(
    "transferDocumentation",
    "GDPR Art. 5(2), Art. 46",
    where((t) => t.mechanism !== "art49_derogation" && isBlank(t.documentationReference), "documentationReference"),
  );
}

/** Art. 35: a DPIA the screening requires is done, and its review is not overdue. */
function addDpiaChecks(entry: ProcessingActivity, checks: Checks, options: RuleOptions): void {
  const { dpia } = entry;
  const screening = screenDpia({ ...dpia, dataCategories: entry.dataCategories });
  if (screening.isDpiaRequired) {
    checks.expect("dpiaNotDone", "GDPR Art. 35(1)", dpia.status === "done", ["dpia", "status"]);
  }
  if (options.today && dpia.status === "done" && dpia.nextReviewOn) {
    checks.expect("dpiaReviewOverdue", "GDPR Art. 35(11)", dpia.nextReviewOn >= options.today, [
      "dpia",
      "nextReviewOn",
    ]);
  }
}

/**
 * ePrivacy Directive Art. 6(3) and 9 (CPCE art. L34-1 V): traffic or location data used for
 * marketing or a value-added service need the subscriber's consent; location data go to third
 * parties only anonymised (an anonymised-statistics entry, WP29 Opinion 05/2014).
 */
function addEPrivacyChecks(entry: ProcessingActivity, checks: Checks): void {
  const categories = entry.dataCategories.map(getDataCategory);
  const hasTraffic = categories.some((c) => c.isEPrivacyTraffic);
  const hasLocation = categories.some((c) => c.isEPrivacyLocation);
  if (hasTraffic || hasLocation) {
    const consentOnly = entry.purposes.flatMap((p, i) =>
      p.family && CONSENT_ONLY_FAMILIES.includes(p.family) ? [{ purpose: p, i }] : [],
    );
    if (consentOnly.length > 0) {
      checks.add(
        "ePrivacyConsent",
        hasLocation && !hasTraffic ? "Directive 2002/58/CE art. 9" : "Directive 2002/58/CE art. 6(3) et 9",
        consentOnly.flatMap(({ purpose, i }) =>
          purpose.legalBasis === "consent" ? [] : [{ path: ["purposes", i, "legalBasis"] }],
        ),
      );
    }
  }
  const isAnonymisedStatistics = entry.purposes.some((p) => p.family === "anonymised_statistics");
  if (hasLocation && entry.recipients.some((r) => r.kind === "third_party")) {
    checks.add(
      "locationToThirdParty",
      "Directive 2002/58/CE art. 9",
      isAnonymisedStatistics
        ? []
        : entry.recipients.flatMap((r, i) => (r.kind === "third_party" ? [{ path: ["recipients", i, "kind"] }] : [])),
    );
  }
}
