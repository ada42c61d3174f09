// "Suggested follow-ups" on the Today screen: what the nudge rules found, each turned into a task or
// dismissed in one click. Hidden while there is nothing to suggest.
import { FileText, Handshake, Library, Lightbulb, Plus, User } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Nudge } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { useAcceptNudge, useDismissNudge, useNudges } from "./nudge-queries";
import "./nudges.css";

/** What a nudge is about: a contact or deal to follow up, a library item due for review, a quote about to expire. */
export type NudgeTable = RecordTable | "content_items" | "quotes";

const recordKinds: Record<string, { icon: typeof User; label: string }> = {
  deals: { icon: Handshake, label: "Deal" },
  content_items: { icon: Library, label: "Library item" },
  quotes: { icon: FileText, label: "Quote" },
};
const contactKind = { icon: User, label: "Contact" };

/** How many suggestions show before "Show all": the tasks below stay in view. */
const FIRST = 3;

export function NudgeList({ onOpenRecord }: { onOpenRecord: (table: NudgeTable, id: string) => void }) {
  const nudges = useNudges();
  const [expanded, setExpanded] = useState(false);

  if (nudges.isError) {
    return (
      <p className="nudges__failure" role="alert">
        Couldn’t load suggested follow-ups: {toAppError(nudges.error).message}{" "}
        <Button size="small" variant="ghost" onClick={() => void nudges.refetch()}>
          Try again
        </Button>
      </p>
    );
  }
  if (!nudges.data || nudges.data.length === 0) return null;

  return (
    <section className="nudges" aria-labelledby="nudges-title">
      <h2 id="nudges-title" className="nudges__title">
        <Lightbulb size={14} aria-hidden="true" />
        Suggested follow-ups{" "}
        <span className="nudges__count tabular">{nudges.data.length}</span>
      </h2>
      <ul className="nudges__list" aria-labelledby="nudges-title">
        {(expanded ? nudges.data : nudges.data.slice(0, FIRST)).map((nudge) => (
          <NudgeRow key={nudge.id} nudge={nudge} onOpenRecord={onOpenRecord} />
        ))}
      </ul>
      {nudges.data.length > FIRST && (
        <Button size="small" variant="ghost" className="nudges__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? "Show fewer" : `Show all ${nudges.data.length}`}
        </Button>
      )}
    </section>
  );
}

function NudgeRow({ nudge, onOpenRecord }: { nudge: Nudge; onOpenRecord: (table: NudgeTable, id: string) => void }) {
  const accept = useAcceptNudge();
  const dismiss = useDismissNudge();
  const { openTask } = useNavigation();
  const toast = useToast();
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });
  const busy = accept.isPending || dismiss.isPending;
  const { icon: Icon, label } = recordKinds[nudge.record_table] ?? contactKind;

  return (
    <li className="nudge">
      <Icon size={14} className="nudge__icon" role="img" aria-label={label} />
      <button type="button" className="nudge__record" onClick={() => onOpenRecord(nudge.record_table as NudgeTable, nudge.record_id)}>
        {nudge.record_name}
      </button>
      <span className="nudge__reason">{nudge.reason}</span>
      <Button
        size="small"
        disabled={busy}
        aria-label={`Add task for ${nudge.record_name}`}
        title="Add a task due today"
        onClick={() =>
          accept.mutate(nudge.id, {
            onSuccess: (task) =>
              toast({ message: `Task added: ${task.title}`, action: { label: "Open", onClick: () => openTask(task.id) } }),
            onError: fail,
          })
        }
      >
        <Plus aria-hidden="true" />
        Add task
      </Button>
      <Button
        size="small"
        variant="ghost"
        disabled={busy}
        aria-label={`Dismiss the suggestion for ${nudge.record_name}`}
        onClick={() => dismiss.mutate(nudge.id, { onError: fail })}
      >
        Dismiss
      </Button>
    </li>
  );
}
