"use client";

import { useTranslations } from "next-intl";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export type RegisterScope = "all" | "active" | "one";

interface Props {
  id: string;
  scope: RegisterScope;
  onScope(scope: RegisterScope): void;
  reference: string;
  onReference(event: React.ChangeEvent<HTMLInputElement>): void;
  asOf: string;
  onAsOf(event: React.ChangeEvent<HTMLInputElement>): void;
  today: string;
  error(name: string): string | undefined;
}

/** The register's scope: all entries, active only, or one entry; optionally as of a past date. */
export function RegisterScopeFields({ id, scope, onScope, reference, onReference, asOf, onAsOf, today, error }: Props) {
  const t = useTranslations("exportCentre.form");
  const options: [RegisterScope, string][] = [
    ["all", t("registerAll")],
    ["active", t("registerActive")],
    ["one", t("registerOne")],
  ];
  return (
    <>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t("registerScope")}</legend>
        <div className="flex flex-wrap gap-4">
          {options.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-register-scope`}
                value={value}
                checked={scope === value}
                onChange={() => onScope(value)}
                className="size-4 accent-primary"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {scope === "one" ? (
        <FormField id={`${id}-entry`} label={t("entryReference")} error={error("reference")}>
          <Input
            {...fieldA11yProps(`${id}-entry`, error("reference"))}
            value={reference}
            onChange={onReference}
            autoComplete="off"
            spellCheck={false}
            placeholder="TRT-0001"
          />
        </FormField>
      ) : null}
      <FormField
        id={`${id}-as-of`}
        label={t("asOf")}
        error={error("asOf")}
        description={t("asOfDescription")}
        className="max-w-xs"
      >
        <Input
          type="date"
          max={today}
          {...fieldA11yProps(`${id}-as-of`, error("asOf"), true)}
          value={asOf}
          onChange={onAsOf}
        />
      </FormField>
    </>
  );
}
