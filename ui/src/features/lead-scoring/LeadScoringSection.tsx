// Settings → Lead scoring: the rules both teams agree on, grouped Fit / Engagement, and the
// thresholds that make a contact marketing- or sales-qualified. Editing shows, before saving,
// how many contacts the change would move.
import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { movedRow } from "../../components/moved-row";
import { RowOrderButtons } from "../../components/RowOrderButtons";
import { useToast } from "../../components/toast-context";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { fieldErrorsOf, toAppError } from "../../ipc/app-error";
import type { Criterion, LeadScoring, RuleKind, ScoringPreview, ScoringRule, ScoringSettings, Shifts } from "../../ipc/bindings";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { SettingsSection } from "../settings/SettingsSection";
import { useLeadScoring, useSaveLeadScoring, useScoringPreview } from "./lead-scoring-queries";
import { criteria, criterionOf, signed } from "./scoring-words";
import "./lead-scoring.css";

/** A rule as typed: numbers stay text until saved, `key` tells rows apart before they have ids. */
export type RuleDraft = {
  key: string;
  id: string;
  criterion: Criterion;
  value: string;
  points: string;
  within_days: string;
  cap: string;
  label: string;
  enabled: boolean;
};
type SettingsDraft = { mql: string; sql: string; move_lifecycle: boolean; create_task: boolean };

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

function draftOf(rule: ScoringRule): RuleDraft {
  return {
    key: rule.id || newKey(),
    id: rule.id,
    criterion: rule.criterion,
    value: rule.value,
    points: String(rule.points),
    within_days: String(rule.within_days),
    cap: String(rule.cap),
    label: rule.label,
    enabled: rule.enabled,
  };
}

const whole = (text: string) => (/^[-−]?\d+$/.test(text.trim()) ? Number(text.trim().replace("−", "-")) : Number.NaN);

/** The draft as the backend takes it, or null while a number is not a number. */
export function rulesOf(drafts: RuleDraft[]): ScoringRule[] | null {
  const rules = drafts.map((d) => ({
    id: d.id,
    kind: criterionOf(d.criterion).kind,
    criterion: d.criterion,
    value: d.value,
    points: whole(d.points),
    within_days: criterionOf(d.criterion).window ? whole(d.within_days) : 0,
    cap: criterionOf(d.criterion).cap ? whole(d.cap) : 0,
    label: d.label,
    enabled: d.enabled,
  }));
  return rules.some((r) => Number.isNaN(r.points) || Number.isNaN(r.within_days) || Number.isNaN(r.cap)) ? null : rules;
}

function settingsOf(d: SettingsDraft): ScoringSettings | null {
  const [mql, sql] = [whole(d.mql), whole(d.sql)];
  if (Number.isNaN(mql) || Number.isNaN(sql)) return null;
  return { mql_threshold: mql, sql_threshold: sql, move_lifecycle: d.move_lifecycle, create_task: d.create_task };
}

/** "Saving would move 23 contacts to MQL, 5 to SQL, 2 drop out." */
export function shiftsSentence(shifts: Shifts, verb: "would" | "did" = "would"): string {
  const parts: string[] = [];
  const people = (n: number) => `${n} ${n === 1 ? "contact" : "contacts"}`;
  if (shifts.to_mql > 0) parts.push(`${people(shifts.to_mql)} to MQL`);
  if (shifts.to_sql > 0) parts.push(`${parts.length ? shifts.to_sql : people(shifts.to_sql)} to SQL`);
  const moved = parts.length ? `move ${parts.join(", ")}` : "";
  const dropped = shifts.dropped > 0 ? `${shifts.dropped} ${shifts.dropped === 1 ? "drops" : "drop"} out` : "";
  if (!moved && !dropped) return verb === "would" ? "Saving would not change who is qualified." : "Nobody changed qualification.";
  const what = [moved, dropped].filter(Boolean).join(", ");
  return verb === "would" ? `Saving would ${what}.` : `Saved: ${what.replace(/^move /, "moved ")}.`;
}

export function LeadScoringSection() {
  const scoring = useLeadScoring();
  return (
    <SettingsSection
      id="settings-lead-scoring"
      title="Lead scoring"
      description="Points for who a contact is (fit) and what they did lately (engagement). Every contact shows its score with these reasons."
    >
      {scoring.isPending ? (
        <SectionLoading />
      ) : scoring.isError ? (
        <SectionError what="the lead-scoring rules" error={scoring.error} onRetry={() => void scoring.refetch()} />
      ) : (
        // A new key after someone else saves resets the draft to what is stored.
        <ScoringEditor key={JSON.stringify(scoring.data)} stored={scoring.data} />
      )}
    </SettingsSection>
  );
}

function ScoringEditor({ stored }: { stored: LeadScoring }) {
  const initialRules = () => stored.rules.map(draftOf);
  const initialSettings = (): SettingsDraft => ({
    mql: String(stored.settings.mql_threshold),
    sql: String(stored.settings.sql_threshold),
    move_lifecycle: stored.settings.move_lifecycle,
    create_task: stored.settings.create_task,
  });
  const [rules, setRules] = useState<RuleDraft[]>(initialRules);
  const [settings, setSettings] = useState<SettingsDraft>(initialSettings);
  const save = useSaveLeadScoring();
  const toast = useToast();
  const errors = fieldErrorsOf(save.error);

  const payload = (() => {
    const r = rulesOf(rules);
    const s = settingsOf(settings);
    return r && s ? { rules: r, settings: s } : null;
  })();
  const dirty = JSON.stringify(payload) !== JSON.stringify({ rules: stored.rules, settings: stored.settings });
  // Debounced as text: the draft object is rebuilt on every render.
  const wanted = dirty && payload ? JSON.stringify(payload) : "";
  const debounced = useDebouncedValue(wanted, 250);
  const preview = useScoringPreview(debounced ? (JSON.parse(debounced) as { rules: ScoringRule[]; settings: ScoringSettings }) : null);

  const change = (key: string, next: Partial<RuleDraft>) => setRules((all) => all.map((r) => (r.key === key ? { ...r, ...next } : r)));
  const add = (kind: RuleKind) => {
    const first = criteria.find((c) => c.kind === kind)!;
    setRules((all) => [
      ...all,
      { key: newKey(), id: "", criterion: first.value, value: first.defaultValue, points: kind === "fit" ? "10" : "5", within_days: "30", cap: "0", label: "", enabled: true },
    ]);
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!payload) return;
    save.mutate(payload, { onSuccess: (done) => toast({ message: shiftsSentence(done.shifts, "did") }) });
  }

  const readOnly = !stored.can_edit;
  return (
    <form className="settings-form scoring" noValidate onSubmit={submit} aria-label="Lead scoring rules">
      {readOnly && <p className="settings-section__description">Only admins, marketers and sales managers change these rules.</p>}
      <FailureBanner message={save.isError && Object.keys(errors).length === 0 ? toAppError(save.error).message : null} />
      <fieldset disabled={readOnly} className="scoring__fieldset">
        {(["fit", "engagement"] as RuleKind[]).map((kind) => (
          <RuleGroup
            key={kind}
            kind={kind}
            rules={rules}
            errors={errors}
            onChange={change}
            onMove={(index, step) => setRules((all) => movedRow(all, index, step))}
            onRemove={(key) => setRules((all) => all.filter((r) => r.key !== key))}
            onAdd={() => add(kind)}
          />
        ))}
        <h3 className="settings-section__subtitle">Qualified at</h3>
        <div className="scoring__thresholds">
          <label>
            Marketing-qualified (MQL) from
            <input className="input tabular" inputMode="numeric" value={settings.mql} aria-invalid={errors.mql_threshold ? true : undefined}
              onChange={(e) => setSettings({ ...settings, mql: e.target.value })} />
            points
          </label>
          <label>
            Sales-qualified (SQL) from
            <input className="input tabular" inputMode="numeric" value={settings.sql} aria-invalid={errors.sql_threshold ? true : undefined}
              onChange={(e) => setSettings({ ...settings, sql: e.target.value })} />
            points
          </label>
        </div>
        {(errors.mql_threshold || errors.sql_threshold) && (
          <span className="field__error" role="alert">{errors.mql_threshold ?? errors.sql_threshold}</span>
        )}
        <label className="scoring__switch">
          <input type="checkbox" checked={settings.create_task} onChange={(e) => setSettings({ ...settings, create_task: e.target.checked })} />
          Create a follow-up task for the owner when a contact becomes qualified
        </label>
        <label className="scoring__switch">
          <input type="checkbox" checked={settings.move_lifecycle} onChange={(e) => setSettings({ ...settings, move_lifecycle: e.target.checked })} />
          Move the lifecycle stage forward to marketing- or sales-qualified
        </label>
      </fieldset>
      {dirty && !readOnly && (
        <div className="scoring__footer">
          <PreviewNote payloadValid={payload !== null} pending={preview.isFetching || debounced !== wanted} preview={preview.data} error={preview.error} />
          <Button onClick={() => { setRules(initialRules()); setSettings(initialSettings()); save.reset(); }}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!payload || save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
        </div>
      )}
    </form>
  );
}

function PreviewNote({ payloadValid, pending, preview, error }: { payloadValid: boolean; pending: boolean; preview?: ScoringPreview; error: unknown }) {
  if (!payloadValid) return <p className="scoring__preview">Points, days and thresholds are whole numbers.</p>;
  if (error) return <p className="scoring__preview scoring__preview--error" role="alert">{toAppError(error).message}</p>;
  if (pending || !preview) return <p className="scoring__preview" aria-busy="true">Counting who would move…</p>;
  return (
    <div className="scoring__preview" role="status">
      <strong>{shiftsSentence(preview.shifts)}</strong>
      {preview.examples.length > 0 && (
        <ul className="scoring__examples">
          {preview.examples.map((e) => (
            <li key={e.contact_id}>
              {e.name} <span className="tabular">{e.score_before} → {e.score_after}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RuleGroup({
  kind,
  rules,
  errors,
  onChange,
  onMove,
  onRemove,
  onAdd,
}: {
  kind: RuleKind;
  rules: RuleDraft[];
  errors: Record<string, string>;
  onChange: (key: string, next: Partial<RuleDraft>) => void;
  onMove: (index: number, step: number) => void;
  onRemove: (key: string) => void;
  onAdd: () => void;
}) {
  const title = kind === "fit" ? "Fit" : "Engagement";
  const mine = rules.map((rule, index) => ({ rule, index })).filter(({ rule }) => criterionOf(rule.criterion).kind === kind);
  return (
    <div className="scoring__group" role="group" aria-label={`${title} rules`}>
      <h3 className="settings-section__subtitle">{title}</h3>
      {mine.length === 0 && <p className="settings-section__description">No {title.toLowerCase()} rules yet.</p>}
      {mine.map(({ rule, index }, place) => (
        <RuleRow
          key={rule.key}
          rule={rule}
          kind={kind}
          place={place}
          count={mine.length}
          errors={errors}
          index={index}
          onChange={(next) => onChange(rule.key, next)}
          onMove={(step) => onMove(index, mine[place + step] ? mine[place + step]!.index - index : step)}
          onRemove={() => onRemove(rule.key)}
        />
      ))}
      <Button size="small" variant="ghost" onClick={onAdd}>
        <Plus aria-hidden="true" /> Add {title.toLowerCase()} rule
      </Button>
    </div>
  );
}

function RuleRow({
  rule,
  kind,
  place,
  count,
  index,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  rule: RuleDraft;
  kind: RuleKind;
  place: number;
  count: number;
  index: number;
  errors: Record<string, string>;
  onChange: (next: Partial<RuleDraft>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const meta = criterionOf(rule.criterion);
  const name = rule.label || meta.label;
  const error = (field: string) => errors[`rules.${index}.${field}`];
  const rowError = ["kind", "value", "points", "within_days", "cap", "label"].map(error).find(Boolean);
  return (
    <div className="scoring__rule" data-testid="scoring-rule">
      <input type="checkbox" aria-label={`Use ${name}`} checked={rule.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />
      <select
        className="input"
        aria-label={`Criterion of ${name}`}
        value={rule.criterion}
        onChange={(e) => {
          const next = criterionOf(e.target.value as Criterion);
          onChange({ criterion: next.value, value: next.defaultValue });
        }}
      >
        {criteria.filter((c) => c.kind === kind).map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
      <ValueInput rule={rule} name={name} invalid={Boolean(error("value"))} onChange={(value) => onChange({ value })} />
      <input className="input tabular scoring__points" inputMode="numeric" aria-label={`Points of ${name}`} value={rule.points}
        aria-invalid={error("points") ? true : undefined} onChange={(e) => onChange({ points: e.target.value })} />
      {meta.window ? (
        <label className="scoring__inline">
          in
          <input className="input tabular scoring__days" inputMode="numeric" aria-label={`Days of ${name}`} value={rule.within_days}
            aria-invalid={error("within_days") ? true : undefined} onChange={(e) => onChange({ within_days: e.target.value })} />
          days
        </label>
      ) : <span />}
      {meta.cap ? (
        <label className="scoring__inline">
          up to
          <input className="input tabular scoring__points" inputMode="numeric" aria-label={`Cap of ${name}`} value={rule.cap}
            aria-invalid={error("cap") ? true : undefined} onChange={(e) => onChange({ cap: e.target.value })} />
        </label>
      ) : <span />}
      <input className="input scoring__label" aria-label={`Label of ${name}`} placeholder={meta.label} value={rule.label}
        onChange={(e) => onChange({ label: e.target.value })} />
      <span className="scoring__reads tabular" aria-hidden="true">{signed(whole(rule.points) || 0)}</span>
      <span className="scoring__order">
        <RowOrderButtons name={name} index={place} count={count} onMove={onMove} onRemove={onRemove} />
      </span>
      {rowError && <span className="field__error scoring__error" role="alert">{rowError}</span>}
    </div>
  );
}

function ValueInput({ rule, name, invalid, onChange }: { rule: RuleDraft; name: string; invalid: boolean; onChange: (value: string) => void }) {
  const meta = criterionOf(rule.criterion);
  if (meta.choices) {
    return (
      <select className="input" aria-label={`Value of ${name}`} value={rule.value} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value)}>
        {meta.choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    );
  }
  if (meta.noValue) return <span className="scoring__novalue" />;
  return (
    <input className="input" aria-label={`Value of ${name}`} placeholder={meta.placeholder} value={rule.value}
      aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value)} />
  );
}
