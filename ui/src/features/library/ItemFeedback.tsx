// What sellers said about an item, and a quick way to say more: useful, outdated, or missing
// something (those two need a comment, so marketing knows what to fix).
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { RelativeTime } from "../../components/RelativeTime";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { TextAreaField } from "../../components/TextAreaField";
import { useToast } from "../../components/toast-context";
import { useFormErrors } from "../../components/use-form-errors";
import type { ContentDetail, FeedbackRating } from "../../ipc/bindings";
import { ratingLabels } from "./content-labels";
import { useAddFeedback } from "./library-queries";

const ratings = (Object.keys(ratingLabels) as FeedbackRating[]).map((value) => ({ value, label: ratingLabels[value] }));

export function ItemFeedback({ detail }: { detail: ContentDetail }) {
  const add = useAddFeedback();
  const form = useFormErrors();
  const toast = useToast();
  const [rating, setRating] = useState<FeedbackRating>("useful");
  const [comment, setComment] = useState("");

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    form.reset();
    add.mutate(
      { item_id: detail.item.id, rating, comment },
      {
        onSuccess: () => {
          setComment("");
          toast({ message: rating === "useful" ? "Thanks — marketing will see it helped" : "Sent to marketing’s feedback queue" });
        },
        onError: form.show,
      },
    );
  }

  return (
    <section aria-labelledby="content-feedback-title">
      <h3 id="content-feedback-title" className="contact-detail__section">
        Feedback
      </h3>
      {detail.feedback.length > 0 && (
        <ul className="content-feedback" aria-labelledby="content-feedback-title">
          {detail.feedback.map((f) => (
            <li key={f.id} className="content-feedback__row">
              <span className={`chip content-rating content-rating--${f.rating}`}>{ratingLabels[f.rating]}</span>
              {f.status === "resolved" && <span className="chip">Resolved</span>}
              <span className="muted">
                {f.author_name || "Someone"} · <RelativeTime iso={f.created_at} />
              </span>
              {f.comment && <p className="content-feedback__comment">{f.comment}</p>}
            </li>
          ))}
        </ul>
      )}
      <form className="content-feedback__form" noValidate onSubmit={onSubmit} aria-label="Give feedback">
        <FailureBanner message={form.failure} />
        <SegmentedChoice label="How was it?" options={ratings} value={rating} onValueChange={setRating} />
        <TextAreaField
          id="content-feedback-comment"
          label={rating === "useful" ? "Comment (optional)" : "What should change?"}
          value={comment}
          onValueChange={(value) => {
            setComment(value);
            form.clearField("comment");
          }}
          error={form.errors.comment}
          rows={2}
        />
        <div>
          <Button type="submit" size="small" disabled={add.isPending}>
            Send feedback
          </Button>
        </div>
      </form>
    </section>
  );
}
