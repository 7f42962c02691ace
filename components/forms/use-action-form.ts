"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useServerErrors } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/action";

/**
 * A form bound to one server action: the zod schema checks it in the browser, the raw values go
 * to the action (which parses them again), refused fields show their message, then the page
 * refreshes so the clocks and the timeline show the change.
 */
export function useActionForm<T extends FieldValues, S extends z.ZodType>(options: {
  schema: S;
  defaultValues: DefaultValues<T>;
  action: (input: T) => Promise<ActionResult<unknown>>;
  fields: readonly Path<T>[];
  success: string;
  reset?: boolean;
}) {
  const router = useRouter();
  const form = useForm<T, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never),
    defaultValues: options.defaultValues,
  });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, options.fields);
  const onSubmit = form.handleSubmit(async () => {
    clearFormError();
    const result = await options.action(form.getValues());
    if (!result.ok) {
      showFailure(result);
      if (result.code === "CONFLICT") router.refresh();
      return;
    }
    toast.success(options.success);
    if (options.reset) form.reset();
    router.refresh();
  });
  return { form, formError, onSubmit };
}
