// How lifecycle stages and BANT answers read to people, in funnel order.
import type { Bant, BantStatus, LifecycleStage } from "../../ipc/bindings";

export const lifecycleLabels: Record<LifecycleStage, string> = {
  subscriber: "Subscriber",
  lead: "Lead",
  marketing_qualified: "Marketing-qualified",
  sales_qualified: "Sales-qualified",
  opportunity: "Opportunity",
  customer: "Customer",
  evangelist: "Evangelist",
  other: "Other",
};

export const lifecycleOptions = (Object.keys(lifecycleLabels) as LifecycleStage[]).map((value) => ({
  value,
  label: lifecycleLabels[value],
}));

export const bantStatusLabels: Record<BantStatus, string> = {
  unknown: "Unknown",
  confirmed: "Confirmed",
  partial: "Partial",
  missing: "Missing",
};

export const bantStatusOptions = (Object.keys(bantStatusLabels) as BantStatus[]).map((value) => ({
  value,
  label: bantStatusLabels[value],
}));

export const bantQuestions: { key: keyof Bant; label: string }[] = [
  { key: "budget", label: "Budget" },
  { key: "authority", label: "Authority" },
  { key: "need", label: "Need" },
  { key: "timeline", label: "Timeline" },
];
