// When Tandem suggests a follow-up: each rule on or off, and after how many days. Shared by the workspace.
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { useToast } from "../../components/toast-context";
import { useDraftForm } from "../../components/use-draft-form";
import type { NudgeRule, NudgeRuleSetting } from "../../ipc/bindings";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { useNudgeRules, useSaveNudgeRules } from "./nudge-queries";
import "./nudges.css";

/**
 * A rule reads as a sentence with its days in it: "Deals with no activity for [14] days", or with
 * words after them: "Remind an item’s owner to review it [14] days before its review date".
 */
const ruleWords: Record<NudgeRule, { sentence: string; after?: string; days: string }> = {
  deal_idle: { sentence: "Deals with no activity for", days: "Days without activity before a deal is suggested" },
  qualified_without_task: {
    sentence: "Sales-qualified contacts with no open task after",
    days: "Days without an open task before a contact is suggested",
  },
  content_review_due: {
    sentence: "Remind an item’s owner to review it",
    after: "before its review date",
    days: "Days before a library item’s review date to remind its owner",
  },
  quote_expiring: {
    sentence: "Nudge me when a quote expires within",
    days: "Days before a sent quote’s last valid day to suggest a follow-up",
  },
};

type RuleDraft = { enabled: boolean; days: string };
type RulesDraft = Record<string, RuleDraft>;

const daysError = "Choose between 1 and 365 days.";

function checkDays(draft: RulesDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [rule, { days }] of Object.entries(draft)) {
    const n = Number(days);
    if (!/^\d+$/.test(days.trim()) || n < 1 || n > 365) errors[rule] = daysError;
  }
  return errors;
}

export function NudgeRulesForm() {
  const rules = useNudgeRules();
  if (rules.isPending) return <SectionLoading />;
  if (rules.isError) return <SectionError what="the follow-up rules" error={rules.error} onRetry={() => void rules.refetch()} />;
  // A new key after someone else saves resets the draft to what is stored.
  return <RulesForm key={JSON.stringify(rules.data)} initial={rules.data} />;
}

function RulesForm({ initial }: { initial: NudgeRuleSetting[] }) {
  const { draft, set, form, submit } = useDraftForm<RulesDraft>(
    Object.fromEntries(initial.map((r) => [r.rule, { enabled: r.enabled, days: String(r.days) }])),
  );
  const save = useSaveNudgeRules();
  const toast = useToast();
  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: RulesDraft, options: { onSuccess: (saved: NudgeRuleSetting[]) => void; onError: (error: unknown) => void }) =>
      save.mutate(
        initial.map(({ rule }) => ({ rule, enabled: d[rule]!.enabled, days: Number(d[rule]!.days) })),
        options,
      ),
  };

  function change(rule: NudgeRule, next: Partial<RuleDraft>) {
    set(rule)({ ...draft[rule]!, ...next });
    // The backend names no rule in its "days" error, so any edit may have fixed it.
    form.clearField("days");
  }

  return (
    <form
      className="settings-form"
      noValidate
      onSubmit={submit(saveDraft, { onSuccess: () => toast({ message: "Follow-up suggestions saved" }), check: checkDays })}
    >
      <FailureBanner message={form.failure} />
      {initial.map(({ rule }) => {
        const words: { sentence: string; after?: string; days: string } = ruleWords[rule] ?? { sentence: rule, days: "Days" };
        const after = words.after ? ` ${words.after}` : "";
        const value = draft[rule]!;
        const error = form.errors[rule];
        const id = `nudge-rule-${rule}`;
        return (
          <div key={rule} className="field">
            <div className="nudge-rule">
              <input
                id={id}
                type="checkbox"
                checked={value.enabled}
                // The whole sentence, days included: "Deals with no activity for 14 days".
                aria-label={`${words.sentence} ${value.days} days${after}`}
                onChange={(e) => change(rule, { enabled: e.target.checked })}
              />
              <label htmlFor={id}>{words.sentence}</label>
              <input
                className="input tabular nudge-rule__days"
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                aria-label={words.days}
                value={value.days}
                disabled={!value.enabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => change(rule, { days: e.target.value })}
              />
              <span aria-hidden="true">days{after}</span>
            </div>
            {error && (
              <span id={`${id}-error`} className="field__error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
      {form.errors.days && (
        <span className="field__error" role="alert">
          {form.errors.days}
        </span>
      )}
      <div>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save suggestions
        </Button>
      </div>
    </form>
  );
}
