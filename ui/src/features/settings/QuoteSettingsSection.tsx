// Settings → Quotes & proposals: how long quotes are valid, which discounts need approval, how new
// quotes count tax and round, and the brand proposals print with.
import type { ReactNode } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { SegmentedChoice, type SegmentedOption } from "../../components/SegmentedChoice";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { useDraftForm } from "../../components/use-draft-form";
import type { BrandFont, PriceMode, QuoteRules, QuoteSettings, RoundingMethod, RoundingMode } from "../../ipc/bindings";
import { useMayEditCatalog } from "../catalog/catalog-queries";
import { BrandLogoField } from "./BrandLogoField";
import { ColorField } from "./ColorField";
import { useQuoteSettings, useSaveQuoteSettings } from "./quote-settings-queries";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import "./quote-settings.css";

type Explained<T extends string> = SegmentedOption<T> & { explanation: string };

const priceModes: Explained<PriceMode>[] = [
  { value: "tax_excluded", label: "Tax excluded", explanation: "Unit prices are net; tax is added on top of the subtotal." },
  { value: "tax_included", label: "Tax included", explanation: "Unit prices already contain tax; the tax inside them is shown apart." },
];
const roundingModes: Explained<RoundingMode>[] = [
  { value: "per_line", label: "Per line", explanation: "Each line is rounded to cents, then the lines are added up." },
  { value: "per_document", label: "Per document", explanation: "Lines keep every decimal; only the totals are rounded." },
];
const roundingMethods: Explained<RoundingMethod>[] = [
  { value: "half_up", label: "Half up", explanation: "Halves round away from zero: 2.345 → 2.35. The usual choice." },
  { value: "half_even", label: "Half even", explanation: "Halves round to the even cent: 2.345 → 2.34, 2.355 → 2.36 (banker’s rounding)." },
  { value: "up", label: "Up", explanation: "Any fraction rounds away from zero: 2.341 → 2.35." },
  { value: "down", label: "Down", explanation: "Any fraction is dropped: 2.349 → 2.34." },
];
const fonts: SegmentedOption<BrandFont>[] = [
  { value: "sans", label: "Sans serif" },
  { value: "serif", label: "Serif" },
];

/** The rules as typed: numbers stay text until saved, so a cleared field stays empty. */
type RulesDraft = { validity_days: string; approval_discount: string };
type SettingsDraft = Omit<QuoteSettings, "rules"> & { rules: RulesDraft };

const draftOf = (settings: QuoteSettings): SettingsDraft => ({
  ...settings,
  rules: { ...settings.rules, validity_days: String(settings.rules.validity_days) },
});

function checkRules(draft: SettingsDraft): Record<string, string> {
  const days = draft.rules.validity_days.trim();
  return /^\d+$/.test(days) ? {} : { "rules.validity_days": "Enter a whole number of days." };
}

function rulesOf(draft: RulesDraft): QuoteRules {
  return { validity_days: Number(draft.validity_days.trim()), approval_discount: draft.approval_discount.trim() };
}

export function QuoteSettingsSection() {
  const settings = useQuoteSettings();
  const mayEdit = useMayEditCatalog();
  return (
    <SettingsSection
      id="settings-quotes"
      title="Quotes & proposals"
      description={
        mayEdit
          ? "Rules and defaults for new quotes, and how printed proposals look."
          : "Rules and defaults for new quotes, and how printed proposals look. Only admins and sales managers change them."
      }
    >
      {settings.isPending ? (
        <SectionLoading />
      ) : settings.isError ? (
        <SectionError what="quote settings" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        // A new key after a save elsewhere resets the draft; the logo is set on its own, so it does not.
        <QuoteSettingsForm
          key={JSON.stringify({ ...settings.data, brand: { ...settings.data.brand, has_logo: null } })}
          initial={settings.data}
          hasLogo={settings.data.brand.has_logo}
          mayEdit={mayEdit}
        />
      )}
    </SettingsSection>
  );
}

function QuoteSettingsForm({ initial, hasLogo, mayEdit }: { initial: QuoteSettings; hasLogo: boolean; mayEdit: boolean }) {
  const { draft, set, setPart, form, submit } = useDraftForm(draftOf(initial));
  const save = useSaveQuoteSettings();
  const toast = useToast();
  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: SettingsDraft, options: Parameters<typeof save.mutate>[1]) =>
      save.mutate({ ...d, rules: rulesOf(d.rules), brand: { ...d.brand, has_logo: hasLogo } }, options),
  };
  const rule = (part: keyof RulesDraft) => (value: string) => setPart("rules")({ ...draft.rules, [part]: value }, part);
  const brand =
    <K extends keyof QuoteSettings["brand"]>(part: K) =>
    (value: QuoteSettings["brand"][K]) =>
      setPart("brand")({ ...draft.brand, [part]: value }, part);

  return (
    <form
      className="settings-form quote-settings"
      noValidate
      onSubmit={submit(saveDraft, { check: checkRules, onSuccess: () => toast({ message: "Quote settings saved" }) })}
    >
      <FailureBanner message={form.failure} />
      <fieldset className="quote-settings__group" disabled={!mayEdit}>
        <legend className="settings-section__subtitle">Rules</legend>
        <div className="settings-form__grid">
          <TextField
            id="qs-validity"
            label="New quotes are valid for (days)"
            inputMode="numeric"
            value={draft.rules.validity_days}
            onValueChange={rule("validity_days")}
            error={form.errors["rules.validity_days"]}
          />
          <TextField
            id="qs-approval"
            label="Overall discount needing approval, above (%)"
            inputMode="decimal"
            placeholder="Never"
            value={draft.rules.approval_discount}
            onValueChange={rule("approval_discount")}
            error={form.errors["rules.approval_discount"]}
            hint="Empty: no discount needs approval."
          />
        </div>
      </fieldset>

      <fieldset className="quote-settings__group" disabled={!mayEdit}>
        <legend className="settings-section__subtitle">Defaults for new quotes</legend>
        <p className="settings-section__description">Each quote can still change them; quotes made before keep theirs.</p>
        <ExplainedChoice id="qs-prices" label="Prices" options={priceModes} value={draft.prices} onValueChange={set("prices")} error={form.errors.prices} />
        <ExplainedChoice id="qs-rounding" label="Rounding" options={roundingModes} value={draft.rounding} onValueChange={set("rounding")} error={form.errors.rounding} />
        <ExplainedChoice id="qs-method" label="Rounding method" options={roundingMethods} value={draft.method} onValueChange={set("method")} error={form.errors.method} />
      </fieldset>

      <fieldset className="quote-settings__group" disabled={!mayEdit}>
        <legend className="settings-section__subtitle">Brand</legend>
        <p className="settings-section__description">What printed proposals look like.</p>
        <div className="settings-form__grid">
          <TextField
            id="qs-brand-name"
            label="Company name printed on proposals"
            value={draft.brand.name}
            onValueChange={brand("name")}
            error={form.errors["brand.name"]}
          />
          <LabelledChoice id="qs-font" label="Font" error={form.errors["brand.font"]}>
            <SegmentedChoice label="Font" options={fonts} value={draft.brand.font} onValueChange={brand("font")} />
          </LabelledChoice>
          <ColorField id="qs-primary" label="Primary colour" hint="Headings and the table’s header." value={draft.brand.primary} onValueChange={brand("primary")} error={form.errors["brand.primary"]} />
          <ColorField id="qs-accent" label="Accent colour" hint="Rules, totals and links." value={draft.brand.accent} onValueChange={brand("accent")} error={form.errors["brand.accent"]} />
        </div>
      </fieldset>
      <BrandLogoField hasLogo={hasLogo} mayEdit={mayEdit} />

      {mayEdit && (
        <div>
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save quote settings
          </Button>
        </div>
      )}
    </form>
  );
}

/** A label over a control that is not a single input (a radio group), with its hint and error. */
function LabelledChoice({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      {children}
      {hint && !error && <span className="field__hint">{hint}</span>}
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function ExplainedChoice<T extends string>({
  id,
  label,
  options,
  value,
  onValueChange,
  error,
}: {
  id: string;
  label: string;
  options: Explained<T>[];
  value: T;
  onValueChange: (value: T) => void;
  error?: string;
}) {
  return (
    <LabelledChoice id={id} label={label} hint={options.find((o) => o.value === value)?.explanation} error={error}>
      <SegmentedChoice label={label} options={options.map((o) => ({ ...o, title: o.explanation }))} value={value} onValueChange={onValueChange} />
    </LabelledChoice>
  );
}
