// The quick-log composer above a record's timeline; reuse it on any contact, company or deal page.
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { ErrorState } from "../../components/ErrorState";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { RecordTable } from "../records/record-queries";
import { ActivityComposer, type ActivityLinks } from "./ActivityComposer";
import { kindInfo } from "./activity-kinds";
import { useDeleteActivity, useTimeline } from "./timeline-queries";
import { TimelineList } from "./TimelineList";
import "./timeline.css";

/** `<RecordTimeline table="deals" id={deal.id} companyId={deal.company_id} />` — the record itself is always linked; pass the others it belongs to. */
export function RecordTimeline({
  table,
  id,
  contactId,
  companyId,
  dealId,
}: {
  table: RecordTable;
  id: string;
  contactId?: string | null;
  companyId?: string | null;
  dealId?: string | null;
}) {
  const navigation = useNavigation();
  const timeline = useTimeline(table, id);
  const remove = useDeleteActivity();
  const toast = useToast();
  const undo = useUndo();
  const [editingId, setEditingId] = useState<string | null>(null);

  const links: ActivityLinks = {
    contact_id: table === "contacts" ? id : (contactId ?? null),
    company_id: table === "companies" ? id : (companyId ?? null),
    deal_id: table === "deals" ? id : (dealId ?? null),
  };

  return (
    <section className="record-timeline" aria-label="Activity">
      <ActivityComposer links={links} />
      {timeline.isPending ? (
        <div className="timeline__loading" aria-busy="true" aria-label="Loading activity">
          {[70, 55, 62].map((width) => (
            <span key={width} className="skeleton" style={{ width: `${width}%` }} />
          ))}
        </div>
      ) : timeline.isError ? (
        <ErrorState title="Couldn’t load the activity" error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.length === 0 ? (
        <p className="timeline__empty">
          Nothing logged yet. Log calls, emails, meetings and notes above — press <kbd className="kbd-inline">L</kbd> to
          start typing — and changes to this record show up here too.
        </p>
      ) : (
        <TimelineList
          entries={timeline.data}
          hideContactId={table === "contacts" ? id : undefined}
          hideDealId={table === "deals" ? id : undefined}
          onOpenContact={navigation.openContact}
          onOpenDeal={navigation.openDeal}
          onOpenContent={navigation.openContent}
          onOpenQuote={navigation.openQuote}
          editingId={editingId}
          onEdit={(entry) => setEditingId(entry.id)}
          renderEditor={(entry) => (
            // An edit keeps the links the activity has, wherever it is edited from.
            <ActivityComposer
              links={{ contact_id: entry.contact_id, company_id: entry.company_id, deal_id: entry.deal_id }}
              editing={entry}
              onDone={() => setEditingId(null)}
            />
          )}
          onDelete={(entry) =>
            remove.mutate(entry.id, {
              onSuccess: () =>
                toast({
                  message: `${kindInfo(entry.kind).label} deleted`,
                  action: { label: "Undo", onClick: () => void undo() },
                }),
              onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            })
          }
        />
      )}
    </section>
  );
}
