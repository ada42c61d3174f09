// Workspace-wide defaults: name, formats, time zone, money and the working calendar.
import { useMemo } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { useDraftForm } from "../../components/use-draft-form";
import type { WorkspaceSettings } from "../../ipc/bindings";
import { currencyOptions, localeOptions, monthOptions, timeZoneOptions } from "./choice-lists";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useSettings, useUpdateSettings } from "./settings-queries";

export function WorkspaceSection() {
  const settings = useSettings();
  return (
    <SettingsSection id="settings-workspace" title="Workspace" description="Defaults everyone in this workspace shares.">
      {settings.isPending ? (
        <SectionLoading />
      ) : settings.isError ? (
        <SectionError what="workspace settings" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        // A new key after someone else saves resets the draft to what is stored.
        <WorkspaceForm key={JSON.stringify(settings.data)} initial={settings.data} />
      )}
    </SettingsSection>
  );
}

function WorkspaceForm({ initial }: { initial: WorkspaceSettings }) {
  const { draft, set, form, submit } = useDraftForm(initial);
  const save = useUpdateSettings();
  const toast = useToast();
  const options = useMemo(
    () => ({ locales: localeOptions(), zones: timeZoneOptions(), currencies: currencyOptions() }),
    [],
  );

  return (
    <form className="settings-form" noValidate onSubmit={submit(save, { onSuccess: () => toast({ message: "Workspace settings saved" }) })}>
      <FailureBanner message={form.failure} />
      <div className="settings-form__grid">
        <TextField id="ws-name" label="Workspace name" value={draft.name} onValueChange={set("name")} error={form.errors.name} />
        <SelectField id="ws-locale" label="Locale" value={draft.locale} options={options.locales} onValueChange={set("locale")} error={form.errors.locale} />
        <SelectField id="ws-time-zone" label="Time zone" value={draft.time_zone} options={options.zones} onValueChange={set("time_zone")} error={form.errors.time_zone} />
        <SelectField id="ws-currency" label="Base currency" value={draft.base_currency} options={options.currencies} onValueChange={set("base_currency")} error={form.errors.base_currency} />
        <SelectField
          id="ws-fiscal"
          label="Fiscal year starts in"
          value={String(draft.fiscal_year_start_month)}
          options={monthOptions}
          onValueChange={(v) => set("fiscal_year_start_month")(Number(v))}
          error={form.errors.fiscal_year_start_month}
        />
        <TextField id="ws-workday" label="Workday starts at" type="time" value={draft.workday_start} onValueChange={set("workday_start")} error={form.errors.workday_start} />
      </div>
      <div>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save workspace
        </Button>
      </div>
    </form>
  );
}
