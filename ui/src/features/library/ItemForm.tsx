// Edit an item's description in the side pane: what it is, who it is for, who owns it, when it needs
// a review or expires; a link's address or a snippet's text. The file itself changes by new versions.
import { PaneForm } from "../../components/PaneForm";
import { SelectField } from "../../components/SelectField";
import { TagInput } from "../../components/TagInput";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { ContentFacet, ContentInput, ContentItem, ContentKind, FunnelStage } from "../../ipc/bindings";
import { OwnerField } from "../records/OwnerField";
import { kindOptions, stageOptions } from "./content-labels";
import { useContentTags, useContentTerms, useUpdateContent } from "./library-queries";
import { MergeFieldBody } from "./MergeFieldBody";

/** The input that saves `item` unchanged. */
export function inputOf(item: ContentItem): ContentInput {
  const { title, description, kind, stage, personas, industries, products, tags, owner_id, language, review_by, expires_on, url, body } = item;
  return { title, description, kind, stage, personas, industries, products, tags, owner_id, language, review_by, expires_on, url, body };
}

/** Every input field has its place on this form; errors on anything else go in the banner. */
const shownFields = new Set(Object.keys(inputOf({} as ContentItem)));

export function ItemForm({ item, onDone }: { item: ContentItem; onDone: () => void }) {
  const { draft, set, form, submit } = useDraftForm(inputOf(item));
  const save = useUpdateContent(item.id);
  const tags = useContentTags();
  const errors = form.errors;
  const stray = Object.entries(errors)
    .filter(([field]) => !shownFields.has(field))
    .map(([, message]) => message);

  return (
    <PaneForm
      block="content-form"
      barClassName="contact-pane__bar"
      title={`Edit “${item.title}”`}
      failure={form.failure ?? (stray.length > 0 ? stray.join(" ") : null)}
      onSubmit={submit(save, { onSuccess: onDone })}
      saving={save.isPending}
      onCancel={onDone}
    >
      <TextField id="content-title" label="Title" value={draft.title} onValueChange={set("title")} error={errors.title} autoComplete="off" autoFocus />
      <TextAreaField
        id="content-description"
        label="Description"
        value={draft.description}
        onValueChange={set("description")}
        error={errors.description}
        rows={3}
        hint="When to use it and what it proves; search reads this too."
      />
      <div className="content-form__pair">
        <SelectField id="content-kind" label="Kind" value={draft.kind} onValueChange={(v) => set("kind")(v as ContentKind)} options={kindOptions} error={errors.kind} />
        <SelectField
          id="content-stage"
          label="Funnel stage"
          value={draft.stage ?? ""}
          onValueChange={(v) => set("stage")((v || null) as FunnelStage | null)}
          options={[{ value: "", label: "Any stage" }, ...stageOptions]}
          error={errors.stage}
        />
      </div>
      {item.form === "link" && (
        <TextField id="content-url" label="Address" type="url" value={draft.url} onValueChange={set("url")} error={errors.url} autoComplete="off" />
      )}
      {item.form === "text" && <MergeFieldBody id="content-body" value={draft.body} onValueChange={set("body")} error={errors.body} />}
      <TermsField facet="persona" label="Personas" value={draft.personas} onValueChange={set("personas")} error={errors.personas} />
      <TermsField facet="industry" label="Industries" value={draft.industries} onValueChange={set("industries")} error={errors.industries} />
      <TermsField facet="product" label="Products" value={draft.products} onValueChange={set("products")} error={errors.products} />
      <TagInput
        id="content-tags"
        label="Tags"
        value={draft.tags}
        onValueChange={set("tags")}
        suggestions={(tags.data ?? []).map((t) => t.name)}
        error={errors.tags}
      />
      <OwnerField id="content-owner" value={draft.owner_id} onValueChange={set("owner_id")} error={errors.owner_id} />
      <TextField
        id="content-language"
        label="Language"
        value={draft.language}
        onValueChange={set("language")}
        error={errors.language}
        placeholder="e.g. en or de-CH"
        autoComplete="off"
      />
      <div className="content-form__pair">
        <TextField
          id="content-review_by"
          label="Review by"
          type="date"
          value={draft.review_by}
          onValueChange={set("review_by")}
          error={errors.review_by}
          hint="The owner is reminded before."
        />
        <TextField
          id="content-expires_on"
          label="Expires"
          type="date"
          value={draft.expires_on}
          onValueChange={set("expires_on")}
          error={errors.expires_on}
          hint="Sharing after asks first."
        />
      </div>
    </PaneForm>
  );
}

/** Personas, industries or products, suggesting the values the library already uses. */
function TermsField({
  facet,
  label,
  value,
  onValueChange,
  error,
}: {
  facet: ContentFacet;
  label: string;
  value: string[];
  onValueChange: (values: string[]) => void;
  error?: string;
}) {
  const terms = useContentTerms(facet);
  return (
    <TagInput
      id={`content-${facet}`}
      label={label}
      value={value}
      onValueChange={onValueChange}
      suggestions={(terms.data ?? []).map((t) => t.name)}
      error={error}
    />
  );
}
