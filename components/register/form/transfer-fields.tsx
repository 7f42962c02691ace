"use client";

import { TRANSFER_MECHANISMS } from "@/lib/register/schemas";
import { SelectInput, TextInput } from "./fields";
import { useLabels } from "./use-labels";

/** One transfer outside the EEA (Art. 30(1)(e), 30(2)(c)) with its Chapter V mechanism. */
export function TransferFields({ prefix }: { prefix: string }) {
  const { t, f } = useLabels();
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <TextInput name={`${prefix}.country`} label={f("country")} />
      <TextInput name={`${prefix}.internationalOrganisation`} label={f("internationalOrganisation")} />
      <TextInput name={`${prefix}.recipient`} label={f("transferRecipient")} />
      <SelectInput
        name={`${prefix}.mechanism`}
        label={f("mechanism")}
        nullable
        emptyLabel={t("form.none")}
        options={TRANSFER_MECHANISMS.map((value) => ({ value, label: t(`form.mechanisms.${value}`) }))}
      />
      <TextInput
        name={`${prefix}.documentationReference`}
        label={f("documentationReference")}
        className="md:col-span-2"
      />
    </div>
  );
}
