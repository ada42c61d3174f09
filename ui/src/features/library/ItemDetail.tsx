// One library item, read-only: what it is and who it is for, its preview, whether its text is in
// search, its versions, where it was used and how deals went with it, feedback, and its collections.
import { Copy } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useDisplayFormat } from "../../components/format-context";
import { DetailBar, DetailLoadError, DetailRow } from "../../components/RecordDetail";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { ContentDetail, ContentItem } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { TagList } from "../records/TagList";
import { kindLabels, stageLabels } from "./content-labels";
import { ContentIcon, DateFlag, StatusBadge } from "./ContentBadges";
import { ItemActions } from "./ItemActions";
import { ItemFeedback } from "./ItemFeedback";
import { ItemUses } from "./ItemUses";
import { ItemVersions } from "./ItemVersions";
import { useCollections, useContent, useDeleteContent } from "./library-queries";
import { FileAvailabilityBadge } from "./offline-files";
import { ContentPreview } from "./preview/ContentPreview";
import { useCopy } from "./use-copy";
import { formatCount } from "../../components/intl-formats";

export function ItemDetail({ id }: { id: string }) {
  const { closeContentPane, editContent } = useNavigation();
  const detail = useContent(id);
  const remove = useDeleteContent();
  const toast = useToast();
  const undo = useUndo();
  const [confirming, setConfirming] = useState(false);

  if (detail.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading item" />;
  if (detail.isError) {
    return (
      <DetailLoadError noun="item" error={detail.error} onRetry={() => void detail.refetch()} barClassName="contact-pane__bar" onClose={closeContentPane} />
    );
  }
  const d = detail.data;
  const item = d.item;

  function onDelete() {
    remove.mutate(id, {
      onSuccess: () => {
        setConfirming(false);
        closeContentPane();
        toast({ message: `“${item.title}” moved to Trash`, action: { label: "Undo", onClick: () => void undo() } });
      },
      onError: (error) => {
        setConfirming(false);
        toast({ message: toAppError(error).message, tone: "error" });
      },
    });
  }

  return (
    <div className="contact-detail content-detail">
      <DetailBar
        className="contact-pane__bar"
        onEdit={d.may_edit ? () => editContent(id) : undefined}
        onDelete={d.may_edit ? () => setConfirming(true) : undefined}
        deleting={remove.isPending}
        onClose={closeContentPane}
      />
      <div className="contact-detail__body">
        <h2 className="contact-detail__name content-detail__title">
          <ContentIcon kind={item.kind} mime={item.file?.mime} size={16} className="content-detail__icon" />
          {item.title}
        </h2>
        <div className="content-detail__chips">
          <StatusBadge status={item.status} />
          <span className="chip">{kindLabels[item.kind]}</span>
          {item.stage && <span className="chip">{stageLabels[item.stage]}</span>}
          <DateFlag expiresOn={item.expires_on} reviewBy={item.review_by} />
          {item.file && <FileAvailabilityBadge hash={item.file.blob_hash} versionId={item.file.version_id} />}
        </div>
        <ItemActions detail={d} />

        <section aria-labelledby="content-preview-title">
          <h3 id="content-preview-title" className="contact-detail__section">
            Preview
          </h3>
          <div className="content-detail__preview">
            <ContentPreview item={item} />
          </div>
        </section>

        <ItemDescription detail={d} />
        {item.form === "file" && <TextInSearch item={item} />}
        {item.form === "file" && <ItemVersions item={item} mayEdit={d.may_edit} />}
        <ItemUses detail={d} />
        <ItemFeedback detail={d} />
        <ItemCollections ids={d.collection_ids} />
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete “${item.title}”?`}
        description="It moves to Trash with its versions; where it was shared stays on the timelines. Undo (Ctrl+Z) brings it back."
        confirmLabel="Delete item"
        danger
        busy={remove.isPending}
        onConfirm={onDelete}
      />
    </div>
  );
}

function ItemDescription({ detail }: { detail: ContentDetail }) {
  const { locale } = useDisplayFormat();
  const item = detail.item;
  const copy = useCopy();
  const day = (value: string) => (value ? formatDay(value, locale) : "");
  return (
    <section aria-labelledby="content-description-title">
      <h3 id="content-description-title" className="contact-detail__section">
        Description
      </h3>
      {item.description ? <p className="contact-detail__notes">{item.description}</p> : <p className="muted">No description yet.</p>}
      <dl className="facts">
        {item.form === "link" && (
          <DetailRow term="Address">
            <span className="content-detail__url">{item.url}</span>{" "}
            <Button variant="ghost" size="small" className="btn--icon" aria-label="Copy the address" title="Copy" onClick={() => copy(item.url)}>
              <Copy aria-hidden="true" />
            </Button>
          </DetailRow>
        )}
        <DetailRow term="Personas">{item.personas.length > 0 && <TagList tags={item.personas} label="Personas" />}</DetailRow>
        <DetailRow term="Industries">{item.industries.length > 0 && <TagList tags={item.industries} label="Industries" />}</DetailRow>
        <DetailRow term="Products">{item.products.length > 0 && <TagList tags={item.products} label="Products" />}</DetailRow>
        <DetailRow term="Tags">{item.tags.length > 0 && <TagList tags={item.tags} />}</DetailRow>
        <DetailRow term="Owner" empty="No owner">
          {item.owner_name}
        </DetailRow>
        <DetailRow term="Language">{item.language}</DetailRow>
        <DetailRow term="Review by" empty="Not set">
          {day(item.review_by)}
          {detail.review_due && !detail.expired && <span className="content-detail__due"> · due</span>}
        </DetailRow>
        <DetailRow term="Expires" empty="Never">
          {day(item.expires_on)}
          {detail.expired && <span className="content-detail__due"> · expired</span>}
        </DetailRow>
        <DetailRow term="Updated">
          <RelativeTime iso={item.updated_at} />
        </DetailRow>
      </dl>
    </section>
  );
}

/** How far the text inside the file got into search, so nobody wonders why a search misses it. */
function TextInSearch({ item }: { item: ContentItem }) {
  const { locale } = useDisplayFormat();
  const text = item.text;
  const said =
    !text || text.status === "pending"
      ? "Not read yet: its text is read once the file is on this device."
      : text.status === "indexed"
        ? `Searchable: ${formatCount(text.chars, locale)} characters of text${text.message ? `. ${text.message}` : "."}`
        : text.status === "failed"
          ? `Couldn’t read its text: ${text.message || "the file may be damaged or protected."} Search finds it by title and description.`
          : "No text to read in this file (an image or a video). Search finds it by title and description.";
  return (
    <section aria-labelledby="content-search-text-title">
      <h3 id="content-search-text-title" className="contact-detail__section">
        Text in search
      </h3>
      <p className={text?.status === "failed" ? "content-detail__text-failed" : "muted"}>{said}</p>
    </section>
  );
}

function ItemCollections({ ids }: { ids: string[] }) {
  const collections = useCollections();
  const names = (collections.data ?? []).filter((c) => ids.includes(c.id)).map((c) => c.name);
  if (names.length === 0) return null;
  return (
    <section aria-labelledby="content-collections-title">
      <h3 id="content-collections-title" className="contact-detail__section">
        In collections
      </h3>
      <TagList tags={names} label="Collections" />
    </section>
  );
}
