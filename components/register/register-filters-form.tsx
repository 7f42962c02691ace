import { getLocale, getTranslations } from "next-intl/server";
import { FilterButtons, FilterForm } from "@/components/data-table/filter-form";
import { fieldA11yProps, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LEGAL_BASES, LEGAL_BASIS_DEFINITIONS } from "@/lib/register/catalogue/legal-bases";
import { DPIA_FILTERS, type RegisterFilters } from "@/lib/register/list/filters";
import { ENTRY_STATUSES, PROCESSING_ROLES } from "@/lib/register/schemas";
import { selectClass } from "@/components/forms/select-class";

const FLAGS = ["special", "traffic", "location", "transfer", "overdue", "incomplete"] as const;
const DPIA_LABELS = { required: "dpiaRequired", done: "dpiaDone", missing: "dpiaMissing" } as const;

/**
 * The register's filters as a plain GET form: they live in the URL, work without JavaScript, and
 * submitting starts again from page 1 (the sort is kept).
 */
export async function RegisterFiltersForm({ filters }: { filters: RegisterFilters }) {
  const tr = await getTranslations("register");
  const locale = (await getLocale()) as "fr" | "en";
  const select = (
    id: string,
    name: keyof RegisterFilters,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <FormField id={id} className="content-start" label={label}>
      <select {...fieldA11yProps(id)} name={name} defaultValue={String(filters[name] ?? "")} className={selectClass}>
        <option value="">{tr("filters.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );

  return (
    <FilterForm action="/register" label={tr("filters.label")}>
      {filters.sort !== "reference" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.dir !== "asc" ? <input type="hidden" name="dir" value={filters.dir} /> : null}
      <div className="grid gap-4 md:grid-cols-3 xl:grid-cols-6">
        <FormField
          id="register-q"
          className="content-start md:col-span-2"
          label={tr("filters.q")}
          description={tr("filters.qDescription")}
        >
          <Input
            {...fieldA11yProps("register-q", null, true)}
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            autoComplete="off"
          />
        </FormField>
        {select(
          "register-legal-basis",
          "legalBasis",
          tr("filters.legalBasis"),
          LEGAL_BASES.map((value) => ({ value, label: LEGAL_BASIS_DEFINITIONS[value].label[locale] })),
        )}
        {select(
          "register-status",
          "status",
          tr("filters.status"),
          ENTRY_STATUSES.map((value) => ({ value, label: tr(`statuses.${value}`) })),
        )}
        {select(
          "register-role",
          "role",
          tr("filters.role"),
          PROCESSING_ROLES.map((value) => ({ value, label: tr(`roles.${value}`) })),
        )}
        {select(
          "register-dpia",
          "dpia",
          tr("filters.dpia"),
          DPIA_FILTERS.map((value) => ({ value, label: tr(`filters.${DPIA_LABELS[value]}`) })),
        )}
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <fieldset className="flex flex-wrap gap-x-5 gap-y-2">
          <legend className="mb-2 text-sm font-medium">{tr("filters.flags")}</legend>
          {FLAGS.map((flag) => (
            <label key={flag} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={flag}
                value="1"
                defaultChecked={filters[flag] === "1"}
                className="size-4 accent-primary"
              />
              {tr(`filters.${flag}`)}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid gap-2">
            <label htmlFor="register-as-of" className="text-sm font-medium">
              {tr("filters.asOf")}
            </label>
            <Input id="register-as-of" name="asOf" type="date" defaultValue={filters.asOf ?? ""} className="w-auto" />
          </div>
          <FilterButtons resetHref="/register" />
        </div>
      </div>
    </FilterForm>
  );
}
