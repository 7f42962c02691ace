"use client";

import { Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useWatch, type Control, type FieldValues, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { fieldDescriptionId } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { TextField } from "@/components/forms/text-field";

/**
 * Generate a password (shown once after saving) or type one. Bound to the
 * `passwordMode` / `password` fields of the user schemas.
 */
export function PasswordChoice<T extends FieldValues>({
  control,
  id,
}: {
  control: Control<T, unknown, FieldValues>;
  id: string;
}) {
  const t = useTranslations();
  const [visible, setVisible] = useState(false);
  const {
    field: { ref, value, onChange, name },
  } = useController({ control, name: "passwordMode" as Path<T> });
  const mode = useWatch({ control, name: "passwordMode" as Path<T> });
  const legendId = `${id}-legend`;
  return (
    <fieldset className="grid gap-3">
      <legend id={legendId} className="mb-2 text-sm font-medium">
        {t("users.fields.passwordMode")}
      </legend>
      <RadioGroup
        aria-labelledby={legendId}
        value={typeof value === "string" ? value : "generate"}
        onValueChange={onChange}
        name={name}
        ref={ref}
      >
        <div className="flex items-start gap-2">
          <RadioGroupItem
            value="generate"
            id={`${id}-generate`}
            aria-describedby={fieldDescriptionId(`${id}-generate`)}
            className="mt-0.5"
          />
          <div className="grid gap-1">
            <Label htmlFor={`${id}-generate`}>{t("users.fields.generate")}</Label>
            <p id={fieldDescriptionId(`${id}-generate`)} className="text-sm text-muted-foreground">
              {t("users.fields.generateHint")}
            </p>
          </div>
        </div>
        <div className="flex items-center gap-2">
          <RadioGroupItem value="set" id={`${id}-set`} />
          <Label htmlFor={`${id}-set`}>{t("users.fields.set")}</Label>
        </div>
      </RadioGroup>
      {mode === "set" ? (
        <div className="flex items-start gap-2">
          <div className="min-w-0 flex-1">
            <TextField
              control={control}
              name={"password" as Path<T>}
              id={`${id}-password`}
              className="font-mono"
              type={visible ? "text" : "password"}
              autoComplete="new-password"
              spellCheck={false}
              label={t("users.fields.password")}
              description={t("users.fields.passwordHint")}
              errorFallback="users.errors.passwordTooShort"
              aria-required
            />
          </div>
          <Button
            type="button"
            variant="outline"
            size="icon"
            className="mt-6 shrink-0"
            aria-pressed={visible}
            aria-label={t("users.fields.showPassword")}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
