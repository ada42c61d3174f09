// The chips that say where a quote stands: with the customer, and with its discount approval.
import type { Approval, QuoteStatus } from "../../ipc/bindings";
import { approvalLabels, statusLabels } from "./quote-labels";

export function StatusPill({ status }: { status: QuoteStatus }) {
  return (
    <span className={`chip quote-pill quote-pill--${status}`} data-testid="quote-status">
      {statusLabels[status]}
    </span>
  );
}

export function ApprovalPill({ approval }: { approval: Approval }) {
  const label = approvalLabels[approval];
  if (!label) return null;
  return (
    <span className={`chip quote-pill quote-pill--approval-${approval}`} data-testid="quote-approval">
      {label}
    </span>
  );
}
