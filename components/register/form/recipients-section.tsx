"use client";

import { createEmptyRecipient, createEmptyTransfer } from "@/lib/register/entry/defaults";
import { RECIPIENT_KINDS } from "@/lib/register/schemas";
import { CheckboxInput, FormSection, SelectInput, TextInput } from "./fields";
import { ItemList } from "./item-list";
import { TransferFields } from "./transfer-fields";
import { useLabels } from "./use-labels";

/** Recipients (Art. 30(1)(d)) and transfers outside the EEA (Art. 30(1)(e)). */
export function RecipientsSection() {
  const { t, f } = useLabels();
  return (
    <>
      <FormSection id="recipients" title={t("form.sections.recipients")}>
        <ItemList
          name="recipients"
          legend={t("form.sections.recipients")}
          addLabel={t("form.add")}
          create={createEmptyRecipient}
          render={(p) => (
            <div className="grid items-end gap-4 md:grid-cols-3">
              <SelectInput
                name={`${p}.kind`}
                label={f("recipientKind")}
                options={RECIPIENT_KINDS.map((value) => ({ value, label: t(`form.kinds.${value}`) }))}
              />
              <TextInput name={`${p}.name`} label={f("recipientName")} />
              <CheckboxInput name={`${p}.isInThirdCountry`} label={f("isInThirdCountry")} />
            </div>
          )}
        />
      </FormSection>
      <FormSection id="transfers" title={t("form.sections.transfers")}>
        <ItemList
          name="transfers"
          legend={t("form.sections.transfers")}
          addLabel={t("form.add")}
          create={createEmptyTransfer}
          render={(p) => <TransferFields prefix={p} />}
        />
      </FormSection>
    </>
  );
}
