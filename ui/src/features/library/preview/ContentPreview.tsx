// What a library item holds, shown read-only in its pane: files drawn by type, text items with
// their merge fields, links as links. Nothing the item holds is ever run or put in as markup.
import { FileX } from "lucide-react";
import { EmptyState } from "../../../components/EmptyState";
import { ErrorState } from "../../../components/ErrorState";
import type { ContentFile, ContentItem } from "../../../ipc/bindings";
import { BlobImage } from "./BlobImage";
import { useContentBytes } from "./content-bytes-query";
import { LinkPreview } from "./LinkPreview";
import { MarkdownPreview } from "./MarkdownPreview";
import { PdfPreview } from "./PdfPreview";
import { PlainTextPreview } from "./PlainTextPreview";
import { previewKindOf, type PreviewKind } from "./preview-kind";
import { PreviewLoading } from "./PreviewLoading";
import { TextItemPreview } from "./TextItemPreview";
import { UnsupportedPreview } from "./UnsupportedPreview";
import "./preview.css";

/** Files larger than this are not loaded into the window; the default app shows them. */
export const PREVIEW_SIZE_LIMIT = 100 * 1024 * 1024;

export function ContentPreview({ item }: { item: ContentItem }) {
  switch (item.form) {
    case "text":
      return <TextItemPreview body={item.body} />;
    case "link":
      return <LinkPreview url={item.url} />;
    case "file":
      if (!item.file) {
        return (
          <EmptyState icon={<FileX size={20} aria-hidden="true" />} title="No file yet">
            Add a version to this item to see it here.
          </EmptyState>
        );
      }
      return <FilePreview key={item.file.version_id} item={item} file={item.file} />;
  }
}

function FilePreview({ item, file }: { item: ContentItem; file: ContentFile }) {
  const kind = previewKindOf(file.mime);
  if (kind === "none") return <UnsupportedPreview file={file} text={item.text} />;
  if (file.size > PREVIEW_SIZE_LIMIT) {
    return <UnsupportedPreview file={file} text={item.text} reason="This file is too large to preview here" />;
  }
  return <LoadedFilePreview kind={kind} file={file} alt={item.title || file.file_name} />;
}

function LoadedFilePreview({ kind, file, alt }: { kind: Exclude<PreviewKind, "none">; file: ContentFile; alt: string }) {
  const bytes = useContentBytes(file.version_id);
  if (bytes.isPending) return <PreviewLoading label="Loading preview" />;
  if (bytes.isError) return <ErrorState title="Couldn’t load this file" error={bytes.error} onRetry={() => void bytes.refetch()} />;
  switch (kind) {
    case "pdf":
      return <PdfPreview bytes={bytes.data} />;
    case "image":
      return <BlobImage bytes={bytes.data} mime={file.mime} alt={alt} />;
    case "markdown":
      return <MarkdownPreview bytes={bytes.data} />;
    case "plain-text":
      return <PlainTextPreview bytes={bytes.data} />;
  }
}
