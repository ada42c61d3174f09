// Where a quote stands with its discount guardrails: why approval is needed, who asked, who decided.
import type { QuoteDetail } from "../../ipc/bindings";

export function ApprovalReasons({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="quote-approval__reasons">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

export function ApprovalNote({ detail }: { detail: QuoteDetail }) {
  const { approval } = detail.state;
  if (approval === "not_needed") return null;
  const { quote } = detail;
  const headline = {
    needed: "This quote needs a sales manager’s approval before it is sent.",
    requested: `Approval requested${detail.requested_by_name ? ` by ${detail.requested_by_name}` : ""}.`,
    approved: `Approved${detail.decided_by_name ? ` by ${detail.decided_by_name}` : ""}.`,
    rejected: `Rejected${detail.decided_by_name ? ` by ${detail.decided_by_name}` : ""}.`,
  }[approval];
  return (
    <div className={`quote-approval quote-approval--${approval}`} role="status">
      <p className="quote-approval__headline">{headline}</p>
      {quote.approval_comment && <p className="quote-approval__comment">“{quote.approval_comment}”</p>}
      {approval !== "approved" && <ApprovalReasons reasons={detail.approval_reasons} />}
    </div>
  );
}
