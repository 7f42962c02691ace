import { dpiaSchema } from "../dpia/dpia";
import { formatPath, type EntryPath } from "../entry/paths";
import {
  controllerServedSchema,
  jointControllerSchema,
  processingActivityFieldsSchema,
  processorSchema,
  purposeSchema,
  recipientSchema,
  retentionRuleSchema,
  securityMeasuresSchema,
  transferSchema,
  type ProcessingActivity,
} from "../schemas";

export type DiffKind = "added" | "removed" | "changed";

/** Message keys of the kinds of change. */
export const DIFF_KIND_MESSAGE_KEYS: Readonly<Record<DiffKind, string>> = {
  added: "register.diff.kinds.added",
  removed: "register.diff.kinds.removed",
  changed: "register.diff.kinds.changed",
};

/** One difference between two versions, at a path such as `purposes[1].legalBasis`. */
export interface DiffChange {
  readonly path: string;
  readonly segments: EntryPath;
  readonly kind: DiffKind;
  /** Absent for `added`. */
  readonly before?: unknown;
  /** Absent for `removed`. */
  readonly after?: unknown;
}

export interface DiffOptions {
  /** Object keys listed here come first, in this order; the others follow alphabetically. */
  readonly keyOrder?: readonly string[];
}

type PlainObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

const isPrimitive = (value: unknown) => value === null || (typeof value !== "object" && typeof value !== "function");

function isSameLeaf(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * Field-by-field differences between two JSON-like values (objects, arrays, primitives, dates).
 * Objects are compared key by key (an `undefined` value counts as absent); arrays of objects
 * index by index; arrays of primitives as multisets, since the register treats them as sets
 * (`dataCategories`, `systems`): a removed value is reported at its index in `before`, an added
 * one at its index in `after`. A value that changes type is one `changed`. The order is stable:
 * keys by `keyOrder` then alphabetically (never by insertion order, which a JSON column does not
 * keep), indexes ascending.
 */
export function diffValues(before: unknown, after: unknown, options: DiffOptions = {}): DiffChange[] {
  const rank = new Map((options.keyOrder ?? []).map((key, index) => [key, index]));
  const compareKeys = (a: string, b: string) =>
    (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
  const changes: DiffChange[] = [];
  const push = (segments: EntryPath, kind: DiffKind, values: { before?: unknown; after?: unknown }) => {
    changes.push({ path: formatPath(segments), segments, kind, ...values });
  };

  const walk = (a: unknown, b: unknown, segments: EntryPath): void => {
    if (a === undefined && b === undefined) return;
    if (a === undefined) return push(segments, "added", { after: b });
    if (b === undefined) return push(segments, "removed", { before: a });
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareKeys);
      for (const key of keys) walk(a[key], b[key], [...segments, key]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.every(isPrimitive) && b.every(isPrimitive)) return diffSets(a, b, segments);
      for (let i = 0; i < Math.max(a.length, b.length); i += 1) walk(a[i], b[i], [...segments, i]);
      return;
    }
    if (!isSameLeaf(a, b)) push(segments, "changed", { before: a, after: b });
  };

  const diffSets = (a: readonly unknown[], b: readonly unknown[], segments: EntryPath) => {
    const unmatched = (from: readonly unknown[], against: readonly unknown[]) => {
      const pool = [...against];
      return from.flatMap((value, index) => {
        const found = pool.findIndex((other) => isSameLeaf(value, other));
        if (found === -1) return [index];
        pool.splice(found, 1);
        return [];
      });
    };
    for (const i of unmatched(a, b)) push([...segments, i], "removed", { before: a[i] });
    for (const i of unmatched(b, a)) push([...segments, i], "added", { after: b[i] });
  };

  walk(before, after, []);
  return changes;
}

/**
 * The order in which the fields of an entry are listed: the order of the schema (the form's
 * order), at every level.
 */
export const PROCESSING_ACTIVITY_KEY_ORDER: readonly string[] = [
  ...new Set(
    [
      processingActivityFieldsSchema,
      purposeSchema,
      jointControllerSchema,
      controllerServedSchema,
      recipientSchema,
      transferSchema,
      retentionRuleSchema,
      securityMeasuresSchema,
      processorSchema,
      dpiaSchema,
    ].flatMap((schema) => Object.keys(schema.shape)),
  ),
];

/**
 * What changed between two versions of a register entry (GDPR Art. 30(4), Art. 5(2):
 * the record is kept up to date and changes are accountable), in the order of the form.
 */
export function diffProcessingActivities(before: ProcessingActivity, after: ProcessingActivity): DiffChange[] {
  return diffValues(before, after, { keyOrder: PROCESSING_ACTIVITY_KEY_ORDER });
}
