// How scoring criteria, reasons and qualification read to people.
import type { Criterion, Qualification, Reason, RuleKind } from "../../ipc/bindings";

type Choice = { value: string; label: string };
export type CriterionMeta = {
  value: Criterion;
  label: string;
  kind: RuleKind;
  /** Counts within a number of days. */
  window: boolean;
  /** Counts repeatedly, up to a cap. */
  cap: boolean;
  choices?: Choice[];
  noValue?: boolean;
  placeholder?: string;
  defaultValue: string;
};

const sizes: Choice[] = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5000+"].map((s) => ({ value: s, label: `${s} employees` }));
const bant: Choice[] = ["budget", "authority", "need", "timeline"].map((v) => ({ value: v, label: v[0]!.toUpperCase() + v.slice(1) }));
const activities: Choice[] = [
  { value: "any", label: "Any activity" },
  { value: "call", label: "Call" },
  { value: "email", label: "Email" },
  { value: "meeting", label: "Meeting" },
  { value: "note", label: "Note" },
];

export const criteria: CriterionMeta[] = [
  { value: "title_contains", label: "Title contains", kind: "fit", window: false, cap: false, placeholder: "VP, Head, Director", defaultValue: "" },
  { value: "industry_is", label: "Industry is", kind: "fit", window: false, cap: false, placeholder: "Software, Finance", defaultValue: "" },
  { value: "company_size_at_least", label: "Company size at least", kind: "fit", window: false, cap: false, choices: sizes, defaultValue: "201-1000" },
  { value: "country_is", label: "Country is", kind: "fit", window: false, cap: false, placeholder: "Spain, Portugal", defaultValue: "" },
  { value: "lead_source_is", label: "Lead source is", kind: "fit", window: false, cap: false, placeholder: "Webinar", defaultValue: "" },
  { value: "bant_confirmed", label: "BANT answer confirmed", kind: "fit", window: false, cap: false, choices: bant, defaultValue: "budget" },
  { value: "activity", label: "Per activity", kind: "engagement", window: true, cap: true, choices: activities, defaultValue: "meeting" },
  { value: "content_shared", label: "Per content shared", kind: "engagement", window: true, cap: true, noValue: true, defaultValue: "" },
  { value: "no_activity_for_days", label: "No activity for", kind: "engagement", window: true, cap: false, noValue: true, defaultValue: "" },
];

export const criterionOf = (value: Criterion): CriterionMeta => criteria.find((c) => c.value === value) ?? criteria[0]!;

/** "+20", "−10" (a real minus sign), as the backend writes reasons. */
export const signed = (points: number) => (points < 0 ? `−${Math.abs(points)}` : `+${points}`);

export const reasonText = (reason: Reason) => `${signed(reason.points)} ${reason.label}`;

export const qualificationLabels: Record<Qualification, string> = { "": "Not qualified", mql: "MQL", sql: "SQL" };
