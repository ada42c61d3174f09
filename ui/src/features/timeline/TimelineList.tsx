// A record's history, newest first and grouped by day: activities, stage changes, edits, creation,
// library content shared with the contact, and quotes sent, accepted or declined.
import { ArrowRight, FileText, ListChecks, Pencil, Plus, Send, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { formatExact } from "../../components/relative-time";
import type { TimelineEntry } from "../../ipc/bindings";
import { QuoteItem } from "./QuoteItem";
import { formatDueDay } from "../tasks/task-format";
import { directionLabels, kindInfo } from "./activity-kinds";
import { groupByDay } from "./timeline-days";
import { dateTimeFormat } from "../../components/intl-formats";

type ActivityEntry = Extract<TimelineEntry, { type: "activity" }>;
type SharedEntry = Extract<TimelineEntry, { type: "content_shared" }>;

const recordNouns: Record<string, string> = { contacts: "Contact", companies: "Company", deals: "Deal" };

export function TimelineList({
  entries,
  hideContactId,
  hideDealId,
  onOpenContact,
  onOpenDeal,
  onOpenContent,
  onOpenQuote,
  onEdit,
  onDelete,
  editingId,
  renderEditor,
}: {
  entries: TimelineEntry[];
  /** The record the timeline belongs to, whose own name need not repeat on every entry. */
  hideContactId?: string;
  hideDealId?: string;
  onOpenContact?: (id: string) => void;
  onOpenDeal?: (id: string) => void;
  /** Opens a shared library item. */
  onOpenContent?: (itemId: string) => void;
  onOpenQuote?: (quoteId: string) => void;
  onEdit?: (entry: ActivityEntry) => void;
  onDelete?: (entry: ActivityEntry) => void;
  editingId?: string | null;
  renderEditor?: (entry: ActivityEntry) => ReactNode;
}) {
  const { locale, timeZone } = useDisplayFormat();
  const days = groupByDay(entries, locale, timeZone);
  const timeOf = (iso: string) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return dateTimeFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" }).format(date);
  };
  const at = (iso: string) => (
    <time className="timeline__time" dateTime={iso} title={formatExact(iso, locale, timeZone)}>
      {timeOf(iso)}
    </time>
  );

  return (
    <div className="timeline">
      {days.map((day) => (
        // A group, not a landmark: a long timeline should not flood the landmark list.
        <div key={day.key} role="group" className="timeline__day" aria-label={day.label}>
          <h4 className="timeline__day-label">{day.label}</h4>
          <ol className="timeline__entries">
            {day.entries.map((entry, index) => {
              const key = entry.type === "activity" ? entry.id : `${entry.type}-${entry.at}-${index}`;
              if (entry.type === "activity" && editingId === entry.id && renderEditor) {
                return (
                  <li key={key} className="timeline__entry timeline__entry--editing">
                    {renderEditor(entry)}
                  </li>
                );
              }
              return (
                <li key={key} className={`timeline__entry timeline__entry--${entry.type}`} data-testid="timeline-entry">
                  {entry.type === "activity" ? (
                    <ActivityItem
                      entry={entry}
                      time={at(entry.at)}
                      showContact={entry.contact_id !== null && entry.contact_id !== hideContactId}
                      showDeal={entry.deal_id !== null && entry.deal_id !== hideDealId}
                      onOpenContact={onOpenContact}
                      onOpenDeal={onOpenDeal}
                      onEdit={onEdit}
                      onDelete={onDelete}
                    />
                  ) : entry.type === "stage_change" ? (
                    <HistoryItem icon={<ArrowRight size={13} />} time={at(entry.at)}>
                      {entry.record_name && <span className="timeline__strong">{entry.record_name}: </span>}
                      {entry.from ? (
                        <>
                          moved from <span className="timeline__strong">{entry.from}</span> to{" "}
                          <span className="timeline__strong">{entry.to}</span>
                        </>
                      ) : (
                        <>
                          entered <span className="timeline__strong">{entry.to}</span>
                        </>
                      )}
                    </HistoryItem>
                  ) : entry.type === "task" ? (
                    <HistoryItem icon={<ListChecks size={13} />} time={at(entry.at)}>
                      {taskVerbs[entry.status]} <span className="timeline__strong">{entry.title}</span>
                      {entry.status === "open" && <> · due {formatDueDay(entry.due_date, locale)}</>}
                    </HistoryItem>
                  ) : entry.type === "content_shared" ? (
                    <SharedItem entry={entry} time={at(entry.at)} showDeal={entry.deal_name !== "" && hideDealId === undefined} onOpenContent={onOpenContent} />
                  ) : entry.type === "quote" ? (
                    <HistoryItem icon={<FileText size={13} />} time={at(entry.at)}>
                      <QuoteItem entry={entry} showDeal={hideDealId === undefined} onOpen={onOpenQuote} />
                    </HistoryItem>
                  ) : entry.type === "edit" ? (
                    <HistoryItem icon={<Pencil size={13} />} time={at(entry.at)}>
                      Edited {entry.fields.length > 0 ? entry.fields.join(", ") : "details"}
                    </HistoryItem>
                  ) : (
                    <HistoryItem icon={<Plus size={13} />} time={at(entry.at)}>
                      {recordNouns[entry.record_table] ?? "Record"} created
                    </HistoryItem>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}

const taskVerbs = { open: "Task planned:", done: "Task done:", cancelled: "Task cancelled:" } as const;

function HistoryItem({ icon, time, children }: { icon: ReactNode; time: ReactNode; children: ReactNode }) {
  return (
    <div className="timeline__history">
      <span className="timeline__icon timeline__icon--quiet" aria-hidden="true">
        {icon}
      </span>
      <span className="timeline__summary">{children}</span>
      {time}
    </div>
  );
}

/** "Shared “Acme case study” with Ada Lovelace · Acme renewal · by Sam", the note beneath. */
function SharedItem({
  entry,
  time,
  showDeal,
  onOpenContent,
}: {
  entry: SharedEntry;
  time: ReactNode;
  showDeal: boolean;
  onOpenContent?: (itemId: string) => void;
}) {
  const title = onOpenContent ? (
    <button type="button" className="link-button" onClick={() => onOpenContent(entry.item_id)}>
      “{entry.item_title}”
    </button>
  ) : (
    <span className="timeline__strong">“{entry.item_title}”</span>
  );
  const who = entry.contact_name || "a contact";
  return (
    <div className="timeline__history">
      <span className="timeline__icon timeline__icon--quiet" aria-hidden="true">
        <Send size={13} />
      </span>
      <span className="timeline__summary">
        {entry.kind === "proposal" ? (
          <>
            Put {title} in a proposal for {who}
          </>
        ) : (
          <>
            Shared {title} with {who}
          </>
        )}
        {showDeal && <> · {entry.deal_name}</>}
        {entry.author_name && <span className="muted"> · by {entry.author_name}</span>}
        {entry.note && <span className="timeline__shared-note">{entry.note}</span>}
      </span>
      {time}
    </div>
  );
}

function ActivityItem({
  entry,
  time,
  showContact,
  showDeal,
  onOpenContact,
  onOpenDeal,
  onEdit,
  onDelete,
}: {
  entry: ActivityEntry;
  time: ReactNode;
  showContact: boolean;
  showDeal: boolean;
  onOpenContact?: (id: string) => void;
  onOpenDeal?: (id: string) => void;
  onEdit?: (entry: ActivityEntry) => void;
  onDelete?: (entry: ActivityEntry) => void;
}) {
  const { label, icon: Icon } = kindInfo(entry.kind);
  const facts = [
    entry.direction ? directionLabels[entry.direction] : null,
    entry.duration_minutes > 0 ? `${entry.duration_minutes} min` : null,
    entry.author_name ? `by ${entry.author_name}` : null,
  ].filter(Boolean);
  return (
    <article className="timeline__activity" aria-label={`${label}: ${entry.subject || label}`}>
      <span className={`timeline__icon timeline__icon--${entry.kind}`} aria-hidden="true">
        <Icon size={13} />
      </span>
      <div className="timeline__content">
        <div className="timeline__headline">
          <span className="timeline__kind">{label}</span>
          {entry.subject && <span className="timeline__subject">{entry.subject}</span>}
          {time}
        </div>
        {(facts.length > 0 || showContact || showDeal) && (
          <div className="timeline__meta">
            {facts.join(" · ")}
            {showContact && entry.contact_id && (
              <LinkedName label={entry.contact_name || "Unnamed contact"} onOpen={onOpenContact && (() => onOpenContact(entry.contact_id!))} />
            )}
            {showDeal && entry.deal_id && (
              <LinkedName label={entry.deal_name || "Unnamed deal"} onOpen={onOpenDeal && (() => onOpenDeal(entry.deal_id!))} />
            )}
          </div>
        )}
        {/* Plain text, never HTML: what was typed or imported is shown as typed. */}
        {entry.body && <p className="timeline__body">{entry.body}</p>}
      </div>
      {(onEdit || onDelete) && (
        <div className="timeline__actions">
          {onEdit && (
            <Button variant="ghost" size="small" className="btn--icon" aria-label={`Edit ${label.toLowerCase()}`} title="Edit" onClick={() => onEdit(entry)}>
              <Pencil aria-hidden="true" />
            </Button>
          )}
          {onDelete && (
            <Button variant="ghost" size="small" className="btn--icon" aria-label={`Delete ${label.toLowerCase()}`} title="Delete" onClick={() => onDelete(entry)}>
              <Trash2 aria-hidden="true" />
            </Button>
          )}
        </div>
      )}
    </article>
  );
}

function LinkedName({ label, onOpen }: { label: string; onOpen?: () => void }) {
  return (
    <>
      <span aria-hidden="true"> · </span>
      {onOpen ? (
        <button type="button" className="link-button" onClick={onOpen}>
          {label}
        </button>
      ) : (
        <span>{label}</span>
      )}
    </>
  );
}
