// Markdown files rendered as a document. Raw HTML inside the Markdown stays visible as text
// (react-markdown's default without rehype-raw), images are not fetched (their alt text shows),
// and links only leave the app, for the web or mail.
import { useMemo } from "react";
import Markdown, { type Components } from "react-markdown";
import { externalUrl } from "./external-url";
import { decodeForPreview } from "./text-bytes";
import { TruncationNote } from "./TruncationNote";

const components: Components = {
  a: ({ href, children }) => {
    const url = externalUrl(href);
    if (!url) return <span className="preview-md-link">{children}</span>;
    return (
      <a href={url.href} target="_blank" rel="noreferrer noopener" title={url.href}>
        {children}
      </a>
    );
  },
  img: ({ alt }) => (
    <span className="preview-md-image" title="Images in Markdown are not loaded">
      {alt ? `[Image: ${alt}]` : "[Image]"}
    </span>
  ),
};

export function MarkdownPreview({ bytes }: { bytes: ArrayBuffer }) {
  const { text, truncated } = useMemo(() => decodeForPreview(bytes), [bytes]);
  return (
    <div className="preview-document">
      <div className="preview-markdown">
        <Markdown components={components}>{text}</Markdown>
      </div>
      {truncated && <TruncationNote />}
    </div>
  );
}
