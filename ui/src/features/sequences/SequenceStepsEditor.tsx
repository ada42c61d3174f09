// The steps of a sequence as editable rows: day, kind and title; rows fall into day order when a day is left.
import { Plus, X } from "lucide-react";
import { useLayoutEffect, useRef } from "react";
import { Button } from "../../components/Button";
import type { TaskKind } from "../../ipc/bindings";
import { inDayOrder, nextStep, stepKindOptions, type StepDraft } from "./sequence-steps";

/** Which rows an edit touched, so the dialog can clear just their errors: one row, or all of them (rows moved). */
export type StepsTouched = number | "all";

export function SequenceStepsEditor({
  steps,
  onStepsChange,
  errors,
}: {
  steps: StepDraft[];
  onStepsChange: (steps: StepDraft[], touched: StepsTouched) => void;
  /** Keyed as the backend keys them: "steps" for the list, "steps.0" for the first row. */
  errors: Record<string, string>;
}) {
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // Rows that move lose focus in the browser; this names what should have it after the next render.
  const focusAfterRender = useRef<(() => HTMLElement | null | undefined) | null>(null);

  useLayoutEffect(() => {
    const target = focusAfterRender.current?.();
    focusAfterRender.current = null;
    if (target && document.activeElement !== target) target.focus();
  });

  const titleAt = (index: number) => fieldsetRef.current?.querySelectorAll<HTMLInputElement>(".sequence-step__title")[index];
  const addButton = () => fieldsetRef.current?.querySelector<HTMLButtonElement>(".sequence-steps__add");
  const update = (index: number, change: Partial<StepDraft>) =>
    onStepsChange(
      steps.map((s, i) => (i === index ? { ...s, ...change } : s)),
      index,
    );

  function sortByDay(leaving: Element | null) {
    const sorted = inDayOrder(steps);
    if (sorted.every((s, i) => s === steps[i])) return;
    focusAfterRender.current = () => leaving as HTMLElement | null;
    onStepsChange(sorted, "all");
  }
  function add() {
    focusAfterRender.current = () => titleAt(steps.length);
    onStepsChange([...steps, nextStep(steps, Math.max(0, ...steps.map((s) => s.key)) + 1)], "all");
  }
  function remove(index: number) {
    focusAfterRender.current = () => titleAt(index) ?? addButton();
    onStepsChange(
      steps.filter((_, i) => i !== index),
      "all",
    );
  }

  return (
    <fieldset ref={fieldsetRef} className="sequence-steps" aria-describedby={errors.steps ? "sequence-steps-error" : undefined}>
      <legend className="field__label">Steps</legend>
      {steps.length === 0 ? (
        <p className="field__hint">No steps yet. Each step becomes a task, due that many days after the sequence starts.</p>
      ) : (
        <>
          <div className="sequence-step sequence-step--head" aria-hidden="true">
            <span>Day</span>
            <span>Kind</span>
            <span>Task</span>
          </div>
          <ol className="sequence-steps__list">
            {steps.map((step, index) => {
              const n = index + 1;
              const error = errors[`steps.${index}`];
              return (
                <li key={step.key}>
                  <div className="sequence-step">
                    <input
                      className="input tabular"
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={365}
                      aria-label={`Day of step ${n}`}
                      value={step.day}
                      aria-invalid={error ? true : undefined}
                      onChange={(e) => update(index, { day: e.target.value })}
                      onBlur={(e) => sortByDay(e.relatedTarget)}
                    />
                    <select
                      className="input"
                      aria-label={`Kind of step ${n}`}
                      value={step.kind}
                      onChange={(e) => update(index, { kind: e.target.value as TaskKind })}
                    >
                      {stepKindOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                    <input
                      className="input sequence-step__title"
                      aria-label={`Title of step ${n}`}
                      placeholder="e.g. Intro e-mail"
                      autoComplete="off"
                      value={step.title}
                      aria-invalid={error ? true : undefined}
                      onChange={(e) => update(index, { title: e.target.value })}
                    />
                    <Button size="small" variant="ghost" className="btn--icon" aria-label={`Remove step ${n}`} onClick={() => remove(index)}>
                      <X aria-hidden="true" />
                    </Button>
                  </div>
                  {error && (
                    <span className="field__error" role="alert">
                      {error}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <Button size="small" className="sequence-steps__add" onClick={add}>
        <Plus aria-hidden="true" />
        Add step
      </Button>
      {errors.steps && (
        <span id="sequence-steps-error" className="field__error" role="alert">
          {errors.steps}
        </span>
      )}
    </fieldset>
  );
}
