// A link item: where it goes, opened outside Tandem. Never embedded (no iframe).
import { ExternalLink, Globe } from "lucide-react";
import { EmptyState } from "../../../components/EmptyState";
import { externalUrl } from "./external-url";

export function LinkPreview({ url }: { url: string }) {
  const target = externalUrl(url);
  if (!target) {
    return (
      <EmptyState icon={<Globe size={20} aria-hidden="true" />} title="This link can't be opened">
        {url.trim() ? (
          <>
            <span className="preview-link__raw">{url}</span> is not a web address. Edit the item to fix it.
          </>
        ) : (
          "The item has no address yet. Edit it to add one."
        )}
      </EmptyState>
    );
  }
  return (
    <div className="preview-link">
      <div className="preview-link__icon">
        <Globe size={20} aria-hidden="true" />
      </div>
      <div className="preview-link__host">{target.protocol === "mailto:" ? "E-mail" : target.host}</div>
      <a className="preview-link__url" href={target.href} target="_blank" rel="noreferrer noopener">
        {target.href}
        <ExternalLink size={14} aria-hidden="true" />
      </a>
      <p className="preview-note">Opens in your browser.</p>
    </div>
  );
}
