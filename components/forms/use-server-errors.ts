"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action";
import { splitFieldErrors } from "@/lib/forms/form-errors";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Put a refused action's field errors on the form's fields (focusing the first)
 * and keep the rest, or its message, for the alert at the top of the dialog.
 * `fields` is "all" for a form with a field for every path (nested sections);
 * `keepMessage` keeps the action's message even when every error found its field.
 */
export function useServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[] | "all",
  { keepMessage = false } = {},
) {
  const [formError, setFormError] = useState<string | null>(null);

  function showFailure(result: Failure) {
    const split = splitFieldErrors(result.fieldErrors, fields);
    const entries = Object.entries(split.fields) as [Path<T>, string][];
    entries.forEach(([field, message], index) =>
      setError(field, { type: "server", message }, { shouldFocus: index === 0 }),
    );
    setFormError(
      entries.length > 0 && split.other.length === 0 && !keepMessage ? null : (split.other[0] ?? result.message),
    );
  }

  return { formError, clearFormError: () => setFormError(null), showFailure };
}
