"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useServerErrors } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/action";

/**
 * A security-programme form bound to one server action: checked in the browser with the action's zod
 * schema, sent raw (the action parses again), refused fields shown next to them; once saved, a toast,
 * `onDone` (closes the dialog) and a refresh.
 */
export function useSecurityForm<T extends FieldValues, S extends z.ZodType>(options: {
  schema: S;
  defaultValues: DefaultValues<T>;
  action: (input: T) => Promise<ActionResult<unknown>>;
  fields: readonly Path<T>[] | "all";
  success: string;
  onDone?: () => void;
  /** Turn the form's values into the action's input (e.g. add a file). */
  toInput?: (values: T) => T;
}) {
  const router = useRouter();
  const form = useForm<T, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never),
    defaultValues: options.defaultValues,
  });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, options.fields);
  const onSubmit = form.handleSubmit(async () => {
    clearFormError();
    const values = form.getValues();
    const result = await options.action(options.toInput ? options.toInput(values) : values);
    if (!result.ok) {
      showFailure(result);
      if (result.code === "CONFLICT") router.refresh();
      return;
    }
    toast.success(options.success);
    options.onDone?.();
    router.refresh();
  });
  return { form, formError, onSubmit, submitting: form.formState.isSubmitting };
}
