// A landing page tagged with the campaign's UTM parameters, ready to copy into an ad or e-mail.
import { Copy } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "../../components/Button";
import type { CampaignInput } from "../../ipc/bindings";
import { useCopy } from "../library/use-copy";
import { taggedUrl } from "./campaign-labels";

type Utm = Pick<CampaignInput, "utm_source" | "utm_medium" | "utm_campaign" | "utm_term" | "utm_content">;

export function UtmLink({ utm }: { utm: Utm }) {
  const [page, setPage] = useState("");
  const copy = useCopy();
  const id = useId();
  const url = page.trim() ? taggedUrl(page, utm) : null;
  return (
    <div className="field utm-link">
      <label htmlFor={id} className="field__label">
        Tagged link
      </label>
      <input
        id={id}
        className="input"
        value={page}
        onChange={(e) => setPage(e.target.value)}
        placeholder="Landing page, e.g. example.com/webinar"
        spellCheck={false}
        autoComplete="off"
      />
      {page.trim() && !url && <p className="utm-link__note">That is not a web address; type one such as example.com/pricing.</p>}
      {url && (
        <div className="utm-link__result">
          <code className="utm-link__url" data-testid="tagged-url">
            {url}
          </code>
          <Button size="small" onClick={() => void copy(url, "Tagged link copied")}>
            <Copy aria-hidden="true" />
            Copy
          </Button>
        </div>
      )}
    </div>
  );
}
