// Plain text and CSV files, as written: a wrapping monospace block, never interpreted.
import { useMemo } from "react";
import { decodeForPreview } from "./text-bytes";
import { TruncationNote } from "./TruncationNote";

export function PlainTextPreview({ bytes }: { bytes: ArrayBuffer }) {
  const { text, truncated } = useMemo(() => decodeForPreview(bytes), [bytes]);
  return (
    <div className="preview-document">
      <pre className="preview-plain">{text}</pre>
      {truncated && <TruncationNote />}
    </div>
  );
}
