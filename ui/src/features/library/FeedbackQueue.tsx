// Marketing's queue: open "outdated" and "missing something" feedback across the library, each
// opening its item, each resolved once handled.
import { MessageSquare } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { ratingLabels } from "./content-labels";
import { useFeedbackQueue, useResolveFeedback } from "./library-queries";

export function FeedbackQueue() {
  const { openContent } = useNavigation();
  const queue = useFeedbackQueue();
  const resolve = useResolveFeedback();
  const toast = useToast();
  // The queue is what needs work; praise is on each item's page.
  const open = (queue.data ?? []).filter((f) => f.status === "open" && f.rating !== "useful");

  if (queue.isPending) return <div className="library-queue__loading" aria-busy="true" aria-label="Loading feedback" />;
  if (queue.isError) return <ErrorState title="Couldn’t load the feedback" error={queue.error} onRetry={() => void queue.refetch()} />;
  if (open.length === 0) {
    return (
      <EmptyState icon={<MessageSquare size={20} aria-hidden="true" />} title="Nothing to fix">
        When a seller marks an item outdated or missing something, it lands here with their comment.
      </EmptyState>
    );
  }
  return (
    <ul className="library-queue__list" aria-label="Open feedback">
      {open.map((f) => (
        <li key={f.id} className="request" aria-label={`${ratingLabels[f.rating]}: ${f.item_title}`}>
          <div className="request__head">
            <span className={`chip content-rating content-rating--${f.rating}`}>{ratingLabels[f.rating]}</span>
            <button type="button" className="link-button request__title" onClick={() => openContent(f.item_id)}>
              {f.item_title}
            </button>
            <span className="screen-header__spacer" />
            <Button
              size="small"
              disabled={resolve.isPending}
              onClick={() =>
                resolve.mutate(f.id, {
                  onSuccess: () => toast({ message: `Resolved feedback on “${f.item_title}”` }),
                  onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
                })
              }
            >
              Resolve
            </Button>
          </div>
          {f.comment && <p className="request__details">{f.comment}</p>}
          <div className="request__meta muted">
            {f.author_name || "Someone"} · <RelativeTime iso={f.created_at} />
          </div>
        </li>
      ))}
    </ul>
  );
}
