"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { useFieldError } from "./fields";

/** A list of structured items (purposes, recipients, transfers...) with add and remove buttons. */
export function ItemList({
  name,
  legend,
  addLabel,
  create,
  render,
}: {
  name: string;
  legend: string;
  addLabel: string;
  create: () => object;
  render: (prefix: string, index: number) => ReactNode;
}) {
  const t = useTranslations("register.form");
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const error = useFieldError(name);
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {fields.map((item, index) => (
        <div
          key={item.id}
          className="grid gap-3 rounded-lg border p-3"
          role="group"
          aria-label={`${legend} — ${t("item", { index: index + 1 })}`}
        >
          {render(`${name}.${index}`, index)}
          <div>
            <Button type="button" variant="ghost" size="sm" onClick={() => remove(index)}>
              <Trash2 aria-hidden />
              {t("removeItem", { index: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      {error ? <p className="text-sm text-destructive">{error}</p> : null}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => append(create())}>
          <Plus aria-hidden />
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
