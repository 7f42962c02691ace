"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider, useFieldArray } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { Button } from "@/components/ui/button";
import { createSystemAction, updateSystemAction } from "@/lib/security-programme/actions";
import type { SystemDTO } from "@/lib/security-programme/dto";
import { systemSchema, updateSystemSchema, type SystemValues } from "@/lib/security-programme/schemas";
import { CRITICALITIES, EXPOSURES, HOSTINGS, SOURCE_KINDS } from "@/lib/security-programme/vocabulary";
import { CheckboxGroupField, SelectField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { labelOf } from "./labels";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

type Values = Omit<SystemValues, "registerEntryIds" | "sources"> & {
  registerEntryIds: string[];
  sources: { kind: string; name: string }[];
  /** Set when editing: the system and the version the form was opened on (a stale save is refused). */
  id?: string;
  version?: number;
};
type Entry = { id: string; reference: string; name: string };
const SOURCE_OPTIONS = [...SOURCE_KINDS, "rule_set"] as const;

/** "Add a system": identity, exposure, the register entries whose data it holds, its detection sources. */
export function AddSystemDialog({ entries }: { entries: Entry[] }) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("systemForm.open")} wide>
      {(close) => <SystemForm entries={entries} onDone={close} />}
    </SecurityDialog>
  );
}

/** "Edit the system": the same form, filled with the system as it is, saved with its version. */
export function EditSystemDialog({ entries, system }: { entries: Entry[]; system: SystemDTO }) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("systemForm.edit")} variant="outline" wide>
      {(close) => <SystemForm entries={entries} system={system} onDone={close} />}
    </SecurityDialog>
  );
}

function valuesOf(system: SystemDTO): Values {
  return {
    id: system.id,
    version: system.version,
    name: system.name,
    owner: system.owner,
    description: system.description,
    hosting: system.hosting,
    criticality: system.criticality,
    exposure: system.exposure,
    registerEntryIds: system.entries.map((e) => e.id),
    sources: system.sources.map(({ kind, name }) => ({ kind, name })),
  };
}

function SystemForm({ entries, system, onDone }: { entries: Entry[]; system?: SystemDTO; onDone: () => void }) {
  const t = useTranslations("securityProgramme");
  const id = useId();
  const { form, formError, onSubmit, submitting } = useSecurityForm<Values, typeof systemSchema>({
    schema: system ? updateSystemSchema : systemSchema,
    defaultValues: system
      ? valuesOf(system)
      : {
          name: "",
          owner: "",
          description: "",
          hosting: "on_premises",
          criticality: "high",
          exposure: "internal",
          registerEntryIds: [],
          sources: [],
        },
    action: system ? updateSystemAction : createSystemAction,
    fields: "all",
    success: t(system ? "systemForm.updated" : "systemForm.saved"),
    onDone,
  });
  const sources = useFieldArray({ control: form.control, name: "sources" });
  const options = <T extends string>(values: readonly T[], group: string) =>
    values.map((value) => ({ value, label: labelOf(t)(`${group}.${value}`) }));
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={system ? t("systemForm.editTitle", { name: system.name }) : t("systemForm.title")}
        description={t("systemForm.description")}
        formError={formError}
        submitting={submitting}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInputField<Values> name="name" id={`${id}-name`} label={t("systemForm.name")} required />
          <TextInputField<Values> name="owner" id={`${id}-owner`} label={t("systemForm.owner")} required />
          <SelectField<Values>
            name="hosting"
            id={`${id}-hosting`}
            label={t("systems.hosting")}
            options={options(HOSTINGS, "hosting")}
          />
          <SelectField<Values>
            name="criticality"
            id={`${id}-criticality`}
            label={t("systems.criticality")}
            options={options(CRITICALITIES, "criticality")}
          />
          <SelectField<Values>
            name="exposure"
            id={`${id}-exposure`}
            label={t("systems.exposure")}
            options={options(EXPOSURES, "exposure")}
          />
        </div>
        <TextAreaField<Values> name="description" id={`${id}-description`} label={t("systemForm.summary")} rows={2} />
        <CheckboxGroupField<Values>
          name="registerEntryIds"
          id={`${id}-entries`}
          label={t("systemForm.entries")}
          columns={2}
          options={entries.map((e) => ({ value: e.id, label: `${e.reference} — ${e.name}` }))}
        />
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">{t("systems.sources")}</legend>
          {sources.fields.map((field, index) => (
            <div key={field.id} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
              <SelectField<Values>
                name={`sources.${index}.kind`}
                id={`${id}-source-${index}-kind`}
                label={t("systemForm.sourceKind")}
                options={options(SOURCE_OPTIONS, "sourceKind")}
              />
              <TextInputField<Values>
                name={`sources.${index}.name`}
                id={`${id}-source-${index}-name`}
                label={t("systemForm.sourceName")}
              />
              <Button type="button" variant="outline" onClick={() => sources.remove(index)}>
                {t("systemForm.removeSource", { index: index + 1 })}
              </Button>
            </div>
          ))}
          <div>
            <Button type="button" variant="outline" onClick={() => sources.append({ kind: "siem_logs", name: "" })}>
              {t("systemForm.addSource")}
            </Button>
          </div>
        </fieldset>
      </FormDialog>
    </FormProvider>
  );
}
