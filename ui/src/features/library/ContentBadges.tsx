// The small marks every library view shows: an item's icon, its status, and whether it expired or is due for review.
import { Clock, TriangleAlert } from "lucide-react";
import { createElement } from "react";
import { useDisplayFormat } from "../../components/format-context";
import { dayKeyIn } from "../../components/zoned-time";
import type { ContentKind, ContentStatus } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { contentIcon, statusLabels } from "./content-labels";

/** The icon of an item's kind, or of its file's type (an image looks like an image). */
export function ContentIcon({ kind, mime, size, className }: { kind: ContentKind; mime?: string; size: number; className: string }) {
  return createElement(contentIcon(kind, mime), { size, className, "aria-hidden": true });
}

export function StatusBadge({ status }: { status: ContentStatus }) {
  return <span className={`chip content-status content-status--${status}`}>{statusLabels[status]}</span>;
}

/** Today in the workspace's zone, "YYYY-MM-DD": expiry and review dates are calendar days there. */
export function useWorkspaceToday(): string {
  const { timeZone } = useDisplayFormat();
  return dayKeyIn(new Date(), timeZone);
}

/** "Expired" (good through its expiry day, as the backend counts) wins over "Review due"; nothing when neither. */
export function DateFlag({ expiresOn, reviewBy }: { expiresOn: string; reviewBy: string }) {
  const today = useWorkspaceToday();
  const { locale } = useDisplayFormat();
  if (expiresOn && expiresOn < today) {
    return (
      <span className="chip content-flag content-flag--expired" title={`Expired on ${formatDay(expiresOn, locale)}`}>
        <TriangleAlert size={11} aria-hidden="true" />
        Expired
      </span>
    );
  }
  if (reviewBy && reviewBy <= today) {
    return (
      <span className="chip content-flag content-flag--review" title={`Review was due by ${formatDay(reviewBy, locale)}`}>
        <Clock size={11} aria-hidden="true" />
        Review due
      </span>
    );
  }
  return null;
}
