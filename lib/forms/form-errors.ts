/**
 * Pure helpers for forms that call a server action (client-safe). The action
 * returns `fieldErrors` keyed by zod path ("scopes.0") whose values are
 * translation keys; the form shows each next to its field and the rest in the
 * dialog's alert.
 */
export interface SplitFieldErrors<F extends string> {
  /** The first message key of each known field. */
  fields: Partial<Record<F, string>>;
  /** Message keys for paths the form has no field for ("_form", "id"...). */
  other: string[];
}

/** `fields`: the form's fields, or "all" for a form whose every path is a field of its own (nested sections). */
export function splitFieldErrors<F extends string>(
  fieldErrors: Record<string, string[]> | undefined,
  fields: readonly F[] | "all",
): SplitFieldErrors<F> {
  const result: SplitFieldErrors<F> = { fields: {}, other: [] };
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    // "scopes.0" is an error of the scopes field; "password" of the password field.
    const field =
      fields === "all"
        ? (path as F)
        : fields.find((candidate) => path === candidate || path.startsWith(`${candidate}.`));
    if (field === undefined) result.other.push(message);
    else result.fields[field] ??= message;
  }
  return result;
}

/**
 * The key to translate: `candidate` when the messages have it, else `fallback`.
 * Zod's own messages ("Invalid input") are not keys and must not reach `t()`.
 */
export function messageKeyOr(
  candidate: string | null | undefined,
  has: (key: string) => boolean,
  fallback: string,
): string {
  return candidate && /^[A-Za-z][\w-]*(\.[\w-]+)+$/.test(candidate) && has(candidate) ? candidate : fallback;
}
