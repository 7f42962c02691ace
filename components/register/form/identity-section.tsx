"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { createEmptyControllerServed, createEmptyTransfer } from "@/lib/register/entry/defaults";
import { PROCESSING_ROLES } from "@/lib/register/schemas";
import { CheckboxInput, FormSection, LinesInput, SelectInput, TextArea, TextInput } from "./fields";
import { ItemList } from "./item-list";
import { TransferFields } from "./transfer-fields";
import { useLabels } from "./use-labels";

/** General fields, Art. 30(1)(a) identity and contacts, and Art. 30(2) controllers served for processor entries. */
export function IdentitySection() {
  const { t, f } = useLabels();
  const { setValue } = useFormContext();
  const role = useWatch({ name: "role" });
  const representative = useWatch({ name: "euRepresentative" });
  return (
    <>
      <FormSection id="general" title={t("form.sections.general")}>
        <TextInput name="name" label={f("name")} required />
        <TextArea name="description" label={f("description")} />
        <SelectInput
          name="role"
          label={f("role")}
          options={PROCESSING_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
      </FormSection>
      <FormSection id="identity" title={t("form.sections.identity")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput name="organisation.name" label={f("organisationName")} />
          <TextInput name="organisation.contact" label={f("organisationContact")} />
          <TextInput name="dpo.name" label={f("dpoName")} />
          <TextInput name="dpo.contact" label={f("dpoContact")} />
        </div>
        <div className="flex items-start gap-2">
          <input
            id="entry-has-representative"
            type="checkbox"
            className="mt-0.5 size-4 accent-primary"
            checked={representative !== null && representative !== undefined}
            onChange={(e) =>
              setValue("euRepresentative", e.target.checked ? { name: "", contact: "" } : null, { shouldDirty: true })
            }
          />
          <label htmlFor="entry-has-representative" className="text-sm font-medium">
            {f("hasRepresentative")}
          </label>
        </div>
        {representative ? (
          <div className="grid gap-4 md:grid-cols-2">
            <TextInput name="euRepresentative.name" label={f("representativeName")} />
            <TextInput name="euRepresentative.contact" label={f("representativeContact")} />
          </div>
        ) : null}
        {role === "joint_controller" ? (
          <ItemList
            name="jointControllers"
            legend={f("jointControllers")}
            addLabel={t("form.add")}
            create={() => ({ name: "", contact: "", arrangementReference: "" })}
            render={(p) => (
              <div className="grid gap-4 md:grid-cols-3">
                <TextInput name={`${p}.name`} label={f("partyName")} />
                <TextInput name={`${p}.contact`} label={f("partyContact")} />
                <TextInput name={`${p}.arrangementReference`} label={f("arrangementReference")} />
              </div>
            )}
          />
        ) : null}
      </FormSection>
      {role === "processor" ? (
        <FormSection id="controllers-served" title={t("form.sections.controllersServed")}>
          <ItemList
            name="controllersServed"
            legend={t("form.sections.controllersServed")}
            addLabel={t("form.add")}
            create={createEmptyControllerServed}
            render={(p) => <ControllerServedFields prefix={p} />}
          />
        </FormSection>
      ) : null}
    </>
  );
}

function ControllerServedFields({ prefix }: { prefix: string }) {
  const { t, f } = useLabels();
  const { setValue } = useFormContext();
  const dpo = useWatch({ name: `${prefix}.dpo` });
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput name={`${prefix}.name`} label={f("partyName")} />
        <TextInput name={`${prefix}.contact`} label={f("partyContact")} />
      </div>
      <CheckboxInput name={`${prefix}.isEstablishedInEu`} label={f("isEstablishedInEu")} />
      <div className="flex items-start gap-2">
        <input
          id={`${prefix}-has-dpo`}
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          checked={Boolean(dpo)}
          onChange={(e) =>
            setValue(`${prefix}.dpo`, e.target.checked ? { name: "", contact: "" } : null, { shouldDirty: true })
          }
        />
        <label htmlFor={`${prefix}-has-dpo`} className="text-sm font-medium">
          {f("servedDpoName")}
        </label>
      </div>
      {dpo ? (
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput name={`${prefix}.dpo.name`} label={f("servedDpoName")} />
          <TextInput name={`${prefix}.dpo.contact`} label={f("servedDpoContact")} />
        </div>
      ) : null}
      <LinesInput
        name={`${prefix}.processingCategories`}
        label={f("processingCategories")}
        description={t("form.linesHint")}
      />
      <TextInput name={`${prefix}.contractDate`} label={f("contractDate")} type="date" />
      <ItemList
        name={`${prefix}.transfers`}
        legend={t("form.sections.transfers")}
        addLabel={t("form.add")}
        create={createEmptyTransfer}
        render={(p) => <TransferFields prefix={p} />}
      />
    </div>
  );
}
