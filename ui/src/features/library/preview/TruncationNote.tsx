// Said under a text preview that shows only the start of a long file.
import { formatByteSize } from "../../../components/byte-size";
import { useDisplayFormat } from "../../../components/format-context";
import { TEXT_PREVIEW_LIMIT } from "./text-bytes";

export function TruncationNote() {
  const { locale } = useDisplayFormat();
  return (
    <p className="preview-note">
      Showing the first {formatByteSize(TEXT_PREVIEW_LIMIT, locale)}. Open the file in the default app for the rest.
    </p>
  );
}
