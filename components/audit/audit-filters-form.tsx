import { getTranslations } from "next-intl/server";
import { FilterButtons, FilterForm } from "@/components/data-table/filter-form";
import { selectClass } from "@/components/forms/select-class";
import { fieldA11yProps, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { auditEntityTypes } from "@/lib/audit/events";
import type { AuditFilters } from "@/lib/audit/schemas";
import { actionLabel, entityTypeLabel } from "./labels";

/**
 * The audit-log filters as a plain GET form: they live in the URL, work
 * without JavaScript, and submitting starts again from page 1.
 */
export async function AuditFiltersForm({ filters, actions }: { filters: AuditFilters; actions: string[] }) {
  const ta = await getTranslations("audit");
  const names = filters.action && !actions.includes(filters.action) ? [...actions, filters.action] : actions;
  const options = names
    .map((name) => ({ name, label: actionLabel(ta, name) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <FilterForm action="/audit-log" label={ta("filters.label")}>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField
          id="audit-actor"
          className="content-start"
          label={ta("filters.actor")}
          description={ta("filters.actorDescription")}
        >
          <Input
            {...fieldA11yProps("audit-actor", null, true)}
            name="actor"
            type="search"
            defaultValue={filters.actor ?? ""}
            maxLength={200}
            autoComplete="off"
          />
        </FormField>
        <FormField id="audit-action" className="content-start" label={ta("filters.action")}>
          <select
            {...fieldA11yProps("audit-action")}
            name="action"
            defaultValue={filters.action ?? ""}
            className={selectClass}
          >
            <option value="">{ta("filters.allActions")}</option>
            {options.map((option) => (
              <option key={option.name} value={option.name}>
                {option.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="audit-entity"
          className="content-start"
          label={ta("filters.entity")}
          description={ta("filters.entityDescription")}
        >
          <Input
            {...fieldA11yProps("audit-entity", null, true)}
            name="entity"
            type="search"
            list="audit-entity-types"
            defaultValue={filters.entity ?? ""}
            maxLength={80}
            autoComplete="off"
          />
        </FormField>
        <datalist id="audit-entity-types">
          {auditEntityTypes.map((type) => (
            <option key={type} value={type} label={entityTypeLabel(ta, type)} />
          ))}
        </datalist>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 text-sm font-medium">{ta("filters.period")}</legend>
          <div className="grid gap-2">
            <Label htmlFor="audit-from">{ta("filters.from")}</Label>
            <Input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className="w-auto" />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="audit-to">{ta("filters.to")}</Label>
            <Input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className="w-auto" />
          </div>
        </fieldset>
        <div className="flex gap-2">
          <FilterButtons resetHref="/audit-log" />
        </div>
      </div>
    </FilterForm>
  );
}
