// Adds a link (title, https address, kind) or a text snippet (title, email template or snippet, text
// with merge fields) as a draft, then opens it.
import { useNavigation } from "../../app/navigation-context";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { ContentInput, ContentItem, ContentKind } from "../../ipc/bindings";
import { kindLabels, kindOptions } from "./content-labels";
import { useCreateContent } from "./library-queries";
import { MergeFieldBody } from "./MergeFieldBody";

export type NewContentForm = "link" | "text";

const textKinds: ContentKind[] = ["email_template", "snippet"];

export const blankInput: ContentInput = {
  title: "",
  description: "",
  kind: "other",
  stage: null,
  personas: [],
  industries: [],
  products: [],
  tags: [],
  owner_id: null,
  language: "",
  review_by: "",
  expires_on: "",
  url: "",
  body: "",
};

/** Backend fields shown next to an input here; others go in the banner. */
const shownFields = new Set(["title", "url", "body", "kind"]);

export function NewContentDialog({ form: shape, onClose }: { form: NewContentForm; onClose: () => void }) {
  const { openContent } = useNavigation();
  const create = useCreateContent();
  const { draft, set, form, submit } = useDraftForm<ContentInput>({ ...blankInput, kind: shape === "link" ? "link" : "snippet" });
  const saveDraft = {
    isPending: create.isPending,
    mutate: (input: ContentInput, options: { onSuccess: (saved: ContentItem) => void; onError: (error: unknown) => void }) =>
      create.mutate({ form: shape, input }, options),
  };
  const stray = Object.entries(form.errors)
    .filter(([field]) => !shownFields.has(field))
    .map(([, message]) => message);

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={shape === "link" ? "Add a link" : "Add a text snippet"}
      description={
        shape === "link"
          ? "A web page sellers can share: a webinar, a recorded demo, a public case study."
          : "Text sellers paste into an e-mail, filled in for each contact."
      }
    >
      <form
        className="library-form"
        noValidate
        onSubmit={submit(saveDraft, {
          onSuccess: (saved) => {
            onClose();
            openContent(saved.id);
          },
        })}
      >
        <FailureBanner message={form.failure ?? (stray.length > 0 ? stray.join(" ") : null)} />
        <TextField
          id="new-content-title"
          label="Title"
          value={draft.title}
          onValueChange={set("title")}
          error={form.errors.title}
          placeholder={shape === "link" ? "e.g. Product tour webinar" : "e.g. Follow-up after a first call"}
          autoComplete="off"
          autoFocus
        />
        {shape === "link" ? (
          <>
            <TextField
              id="new-content-url"
              label="Address"
              type="url"
              value={draft.url}
              onValueChange={set("url")}
              error={form.errors.url}
              placeholder="https://"
              autoComplete="off"
            />
            <SelectField id="new-content-kind" label="Kind" value={draft.kind} onValueChange={(v) => set("kind")(v as ContentKind)} options={kindOptions} error={form.errors.kind} />
          </>
        ) : (
          <>
            <SegmentedChoice
              label="Kind"
              value={draft.kind}
              onValueChange={set("kind")}
              options={textKinds.map((kind) => ({ value: kind, label: kindLabels[kind] }))}
            />
            <MergeFieldBody id="new-content-body" value={draft.body} onValueChange={set("body")} error={form.errors.body} />
          </>
        )}
        <FormActions saving={create.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
