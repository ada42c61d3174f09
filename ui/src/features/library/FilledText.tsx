// Text ready to paste into an e-mail, read-only, with a Copy button.
import { Copy } from "lucide-react";
import { Button } from "../../components/Button";
import { useCopy } from "./use-copy";

export function FilledText({ id, label, text }: { id: string; label: string; text: string }) {
  const copy = useCopy();
  return (
    <div className="field">
      <div className="filled-text__head">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <span className="screen-header__spacer" />
        <Button size="small" onClick={() => void copy(text, "Copied — paste it into your e-mail")}>
          <Copy aria-hidden="true" />
          Copy
        </Button>
      </div>
      <textarea id={id} className="input filled-text" value={text} readOnly rows={Math.min(12, Math.max(3, text.split("\n").length + 1))} />
    </div>
  );
}
