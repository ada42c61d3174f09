// How a sequence's steps read ("Day 0 email · Day 3 call") and how the step editor holds them.
import type { SequenceStep, SequenceStepInput, TaskKind } from "../../ipc/bindings";
import { taskKinds } from "../tasks/task-format";

export const stepKindOptions = taskKinds.map(({ kind, label }) => ({ value: kind, label }));

const kindWord = (kind: TaskKind) => (taskKinds.find((k) => k.kind === kind)?.label ?? kind).toLowerCase();

/** "Day 0 email · Day 3 call · Day 7 email". */
export function stepsSummary(steps: Pick<SequenceStep, "day_offset" | "kind">[]): string {
  return steps.map((s) => `Day ${s.day_offset} ${kindWord(s.kind)}`).join(" · ");
}

/** A step as edited: the day stays text while typed; `key` keeps React's rows stable as steps move. */
export type StepDraft = { key: number; day: string; kind: TaskKind; title: string };

/** Steps in day order; a stable sort keeps same-day steps as they were, and an unreadable day goes last. */
export function inDayOrder(steps: StepDraft[]): StepDraft[] {
  const day = (s: StepDraft) => (/^\d+$/.test(s.day.trim()) ? Number(s.day) : Infinity);
  return [...steps].sort((a, b) => day(a) - day(b));
}

/** A step added after `steps`: two days after the last one. */
export function nextStep(steps: StepDraft[], key: number): StepDraft {
  const days = steps.map((s) => Number(s.day)).filter(Number.isFinite);
  return { key, day: String(days.length ? Math.max(...days) + 2 : 0), kind: "email", title: "" };
}

/** Which steps have no day the backend can read; keyed as the backend keys step errors. */
export function checkStepDays(steps: StepDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  steps.forEach((s, i) => {
    if (!/^\d+$/.test(s.day.trim())) errors[`steps.${i}`] = `Step ${i + 1} needs a day: 0 is the day the sequence starts.`;
  });
  return errors;
}

export const stepInputOf = (s: StepDraft): SequenceStepInput => ({ day_offset: Number(s.day), kind: s.kind, title: s.title.trim() });
