// Marketing answers a request: planned, done (naming the item that answers it) or declined, with a word why.
import { useState, type FormEvent } from "react";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { TextAreaField } from "../../components/TextAreaField";
import { useToast } from "../../components/toast-context";
import { useFormErrors } from "../../components/use-form-errors";
import type { ContentRequest, RequestStatus } from "../../ipc/bindings";
import type { PickedRecord } from "../records/RecordPicker";
import { requestStatusLabels } from "./content-labels";
import { ContentItemPicker } from "./ContentItemPicker";
import { useAnswerRequest } from "./library-queries";

const answers: RequestStatus[] = ["planned", "done", "declined"];

export function AnswerRequestDialog({ request, onClose }: { request: ContentRequest; onClose: () => void }) {
  const [status, setStatus] = useState<RequestStatus>(request.status === "open" ? "planned" : request.status);
  const [item, setItem] = useState<PickedRecord | null>(request.item_id ? { id: request.item_id, name: request.item_title } : null);
  const [response, setResponse] = useState(request.response);
  const answer = useAnswerRequest();
  const form = useFormErrors();
  const toast = useToast();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (answer.isPending) return;
    form.reset();
    answer.mutate(
      { id: request.id, status, itemId: status === "done" ? (item?.id ?? null) : null, response },
      {
        onSuccess: () => {
          toast({ message: `Answered “${request.title}”: ${requestStatusLabels[status].toLowerCase()}` });
          onClose();
        },
        onError: form.show,
      },
    );
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={`Answer “${request.title}”`} description={`Asked by ${request.requested_by || "a seller"}.`}>
      <form className="library-form" noValidate onSubmit={onSubmit}>
        <FailureBanner message={form.failure} />
        {request.details && <p className="request__details">{request.details}</p>}
        <SegmentedChoice
          label="Answer"
          options={answers.map((value) => ({ value, label: requestStatusLabels[value] }))}
          value={status}
          onValueChange={setStatus}
        />
        {status === "done" && (
          <ContentItemPicker id="answer-item" label="The item that answers it" value={item} onChange={setItem} error={form.errors.item_id} />
        )}
        <TextAreaField
          id="answer-response"
          label="Response"
          value={response}
          onValueChange={setResponse}
          error={form.errors.response}
          rows={3}
          placeholder={status === "declined" ? "Why not, and what to use instead" : "What to expect, and when"}
        />
        <FormActions saving={answer.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
