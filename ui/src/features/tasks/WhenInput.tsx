// A date typed the way people say it ("fri 10am", "in 3 days", "end of month"): what it means shows
// under the field before anything changes, and Enter (or Set) applies it only when it was understood.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type KeyboardEvent } from "react";
import { Button } from "../../components/Button";
import { FieldFrame } from "../../components/FieldFrame";
import { useDisplayFormat } from "../../components/format-context";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { backend } from "../../ipc/backend";
import type { WhenPreview } from "../../ipc/bindings";
import { formatWhen } from "./task-format";
import { useParsedWhen } from "./task-queries";

export type PickedWhen = { due_date: string; due_time: string };

const examples = "Try “tomorrow 9am”, “fri”, “in 3 days”, “dec 3” or “end of month”.";

export function WhenInput({
  id,
  label,
  applyLabel = "Set",
  onApply,
  autoFocus = false,
}: {
  id: string;
  label: string;
  applyLabel?: string;
  onApply: (when: PickedWhen) => void;
  autoFocus?: boolean;
}) {
  const { locale } = useDisplayFormat();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const typed = text.trim();
  const settled = useDebouncedValue(typed, 150);
  const parsed = useParsedWhen(settled);
  // Only an answer about what is in the box now may be shown or applied.
  const current = settled === typed && typed ? parsed.data : undefined;
  const understood = current && !current.error ? current : undefined;

  function apply(preview: WhenPreview) {
    if (preview.error || !preview.due_date) return;
    onApply({ due_date: preview.due_date, due_time: preview.due_time });
    setText("");
  }

  async function applyTyped() {
    if (!typed) return;
    // Enter pressed before the pause: read the text now rather than apply a stale answer.
    if (understood) return apply(understood);
    apply(await queryClient.fetchQuery({ queryKey: ["when", typed], queryFn: () => backend.parseWhen(typed), staleTime: 60_000 }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter" || event.metaKey || event.ctrlKey) return;
    // Never submits the form around it.
    event.preventDefault();
    void applyTyped();
  }

  return (
    <div className="when-input">
      <FieldFrame
        id={id}
        label={label}
        value={text}
        onValueChange={setText}
        error={current?.error || undefined}
        hint={understood ? `→ ${formatWhen(understood, locale)}` : typed ? " " : examples}
        className="when-input__field"
      >
        {(control) => (
          <input {...control} autoComplete="off" autoFocus={autoFocus} placeholder="tomorrow 9am" onKeyDown={onKeyDown} />
        )}
      </FieldFrame>
      <Button size="small" className="when-input__apply" disabled={!understood} onClick={() => understood && apply(understood)}>
        {applyLabel}
      </Button>
    </div>
  );
}
