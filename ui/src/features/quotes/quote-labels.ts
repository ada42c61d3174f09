// How a quote's status, approval and history read on screen.
import type { Approval, QuoteStatus } from "../../ipc/bindings";

export const statusLabels: Record<QuoteStatus, string> = {
  draft: "Draft",
  sent: "Sent",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
};

/** Empty when there is nothing to say: most quotes need no approval. */
export const approvalLabels: Record<Approval, string> = {
  not_needed: "",
  needed: "Needs approval",
  requested: "Approval requested",
  approved: "Approved",
  rejected: "Approval rejected",
};

/** "Quote Q-7K3FD-0042 sent": what happened to a quote, for the timeline. */
export const quoteEventVerbs: Record<QuoteStatus, string> = {
  draft: "drafted",
  sent: "sent",
  accepted: "accepted",
  declined: "declined",
  expired: "expired",
};

/** "VAT 20%", "No tax": a line's taxes as they print (a name that already says its rate is kept as is). */
export function taxesText(taxes: { name: string; rate: string }[]): string {
  if (taxes.length === 0) return "No tax";
  return taxes.map((t) => (t.name.includes(t.rate) ? t.name : `${t.name} ${t.rate}%`)).join(" + ");
}
