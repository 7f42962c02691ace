"use client";

import { useTranslations } from "next-intl";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { roles } from "@/lib/auth/permissions";
import { useMessage } from "@/components/forms/use-message";

/** The role of an account: a select listing each role with its full name. */
export function RoleField<T extends FieldValues>({
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
  const error = fieldState.error?.message ? message(fieldState.error.message, "users.errors.roleInvalid") : undefined;
  return (
    <FormField id={id} label={t("users.fields.role")} error={error}>
      <Select value={typeof value === "string" ? value : ""} onValueChange={onChange} name={name}>
        <SelectTrigger ref={ref} onBlur={onBlur} className="w-full" {...fieldA11yProps(id, error)}>
          <SelectValue placeholder={t("users.fields.rolePlaceholder")} />
        </SelectTrigger>
        <SelectContent>
          {roles.map((role) => (
            <SelectItem key={role} value={role}>
              {t(`roles.${role}`)} — {t(`roleNames.${role}`)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </FormField>
  );
}
