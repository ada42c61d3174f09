// Workspace-wide defaults: name, formats, time zone, money and the working calendar.
import { useMemo, useState } from "react";
import { Button } from "../../components/Button";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { useFormErrors } from "../../components/use-form-errors";
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
  const [draft, setDraft] = useState(initial);
  const form = useFormErrors();
  const save = useUpdateSettings();
  const toast = useToast();
  const options = useMemo(
    () => ({ locales: localeOptions(), zones: timeZoneOptions(), currencies: currencyOptions() }),
    [],
  );

  function set<K extends keyof WorkspaceSettings>(key: K, value: WorkspaceSettings[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clearField(key);
  }

  return (
    <form
      className="settings-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.reset();
        save.mutate(draft, { onSuccess: () => toast({ message: "Workspace settings saved" }), onError: form.show });
      }}
    >
      {form.failure && <p className="banner" role="alert">{form.failure}</p>}
      <div className="settings-form__grid">
        <TextField id="ws-name" label="Workspace name" value={draft.name} onValueChange={(v) => set("name", v)} error={form.errors.name} />
        <SelectField id="ws-locale" label="Locale" value={draft.locale} options={options.locales} onValueChange={(v) => set("locale", v)} error={form.errors.locale} />
        <SelectField id="ws-time-zone" label="Time zone" value={draft.time_zone} options={options.zones} onValueChange={(v) => set("time_zone", v)} error={form.errors.time_zone} />
        <SelectField id="ws-currency" label="Base currency" value={draft.base_currency} options={options.currencies} onValueChange={(v) => set("base_currency", v)} error={form.errors.base_currency} />
        <SelectField
          id="ws-fiscal"
          label="Fiscal year starts in"
          value={String(draft.fiscal_year_start_month)}
          options={monthOptions}
          onValueChange={(v) => set("fiscal_year_start_month", Number(v))}
          error={form.errors.fiscal_year_start_month}
        />
        <TextField id="ws-workday" label="Workday starts at" type="time" value={draft.workday_start} onValueChange={(v) => set("workday_start", v)} error={form.errors.workday_start} />
      </div>
      <div>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save workspace
        </Button>
      </div>
    </form>
  );
}
