"use client";

import { useTranslations } from "next-intl";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { fieldDescriptionId, fieldErrorId } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { useMessage } from "@/components/forms/use-message";
import { apiKeyScopes, type ApiKeyScope } from "@/lib/auth/permissions";
import { scopeMessageKeys } from "./scope-text";

/** One checkbox per scope, each with what it lets a machine do. */
export function ScopesField<T extends FieldValues>({
  control,
  name,
  id,
}: {
  control: Control<T, unknown, FieldValues>;
  name: Path<T>;
  id: string;
}) {
  const t = useTranslations();
  const message = useMessage();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const selected: string[] = Array.isArray(value) ? value : [];
  const error = fieldState.error?.message
    ? message(fieldState.error.message, "apiKeys.errors.scopesRequired")
    : undefined;
  const legendId = `${id}-legend`;

  function toggle(scope: ApiKeyScope, checked: boolean) {
    onChange(checked ? [...selected.filter((s) => s !== scope), scope] : selected.filter((s) => s !== scope));
  }

  return (
    <fieldset
      className="grid gap-3"
      aria-labelledby={legendId}
      aria-describedby={[fieldDescriptionId(id), error ? fieldErrorId(id) : null].filter(Boolean).join(" ")}
      aria-invalid={error ? true : undefined}
    >
      <legend
        id={legendId}
        className="mb-1 text-sm font-medium data-[error=true]:text-destructive"
        data-error={Boolean(error)}
      >
        {t("apiKeys.create.scopes")}
      </legend>
      <p id={fieldDescriptionId(id)} className="text-sm text-muted-foreground">
        {t("apiKeys.create.scopesHint")}
      </p>
      {apiKeyScopes.map((scope, index) => {
        const itemId = `${id}-${scope.replace(":", "-")}`;
        const keys = scopeMessageKeys(scope);
        return (
          <div key={scope} className="flex items-start gap-3">
            <Checkbox
              id={itemId}
              ref={index === 0 ? ref : undefined}
              checked={selected.includes(scope)}
              onCheckedChange={(checked) => toggle(scope, checked === true)}
              onBlur={onBlur}
              aria-describedby={fieldDescriptionId(itemId)}
              aria-invalid={error ? true : undefined}
              className="mt-0.5"
            />
            <div className="grid gap-1">
              <Label htmlFor={itemId}>
                {t(keys.label)} <code className="text-xs font-normal text-muted-foreground">{scope}</code>
              </Label>
              <p id={fieldDescriptionId(itemId)} className="text-sm text-muted-foreground">
                {t(keys.description)}
              </p>
            </div>
          </div>
        );
      })}
      {error ? (
        <p id={fieldErrorId(id)} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
