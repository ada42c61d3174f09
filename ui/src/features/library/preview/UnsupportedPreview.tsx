// Files Tandem does not draw itself (HTML, Office documents, video…): what the file is, and
// whether its text is searchable. Opening it in the default app is the pane's action.
import { FileQuestion } from "lucide-react";
import { formatByteSize } from "../../../components/byte-size";
import { EmptyState } from "../../../components/EmptyState";
import { useDisplayFormat } from "../../../components/format-context";
import type { ContentFile, TextExtraction } from "../../../ipc/bindings";
import { fileTypeName } from "./preview-kind";

export function UnsupportedPreview({
  file,
  text,
  reason = "Preview isn't available for this file type",
}: {
  file: ContentFile;
  text: TextExtraction | null;
  reason?: string;
}) {
  const { locale } = useDisplayFormat();
  return (
    <EmptyState icon={<FileQuestion size={20} aria-hidden="true" />} title={reason}>
      <p className="preview-file-facts">
        {fileTypeName(file.mime, file.file_name)} · {formatByteSize(file.size, locale)}
      </p>
      {text?.status === "indexed" && <p>Its text is searchable.</p>}
    </EmptyState>
  );
}
