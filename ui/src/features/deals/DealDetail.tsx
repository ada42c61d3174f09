// One deal, read-only: its facts, the people on it, notes; with Edit and Delete.
import { Clock, Pencil, Trash2, X } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { isAppError, toAppError } from "../../ipc/app-error";
import type { Deal } from "../../ipc/bindings";
import { CustomFieldValues } from "../custom-fields/CustomFieldValues";
import { RecordTimeline } from "../timeline/RecordTimeline";
import { daysSince, formatDay, formatMoney, idleLabel } from "./deal-format";
import { useDeal, useDeleteDeal } from "./deal-queries";
import { DealPeople } from "./DealPeople";

const kindLabels = { open: "Open", won: "Won", lost: "Lost" } as const;

export function DealDetail({ id }: { id: string }) {
  const { closeDealPane, editDeal } = useNavigation();
  const deal = useDeal(id);
  const remove = useDeleteDeal();
  const toast = useToast();
  const undo = useUndo();

  if (deal.isPending) return <div className="deal-pane__loading" aria-busy="true" aria-label="Loading deal" />;
  if (deal.isError) {
    const gone = isAppError(deal.error) && deal.error.code === "not_found";
    return (
      <>
        <div className="deal-pane__bar">
          <span className="screen-header__spacer" />
          <CloseButton onClick={closeDealPane} />
        </div>
        <ErrorState
          title={gone ? "This deal no longer exists" : "Couldn’t load this deal"}
          error={deal.error}
          onRetry={() => void deal.refetch()}
        />
      </>
    );
  }

  function onDelete() {
    remove.mutate(id, {
      onSuccess: () => {
        closeDealPane();
        toast({ message: "Deal moved to Trash", action: { label: "Undo", onClick: () => void undo() } });
      },
      onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
    });
  }

  return (
    <div className="deal-detail">
      <div className="deal-pane__bar">
        <Button size="small" onClick={() => editDeal(id)}>
          <Pencil aria-hidden="true" />
          Edit
        </Button>
        <Button size="small" onClick={onDelete} disabled={remove.isPending}>
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
        <span className="screen-header__spacer" />
        <CloseButton onClick={closeDealPane} />
      </div>
      <DealBody deal={deal.data} />
    </div>
  );
}

function DealBody({ deal: d }: { deal: Deal }) {
  const { locale } = useDisplayFormat();
  const { openContact } = useNavigation();
  const daysInStage = daysSince(d.stage_entered_at);
  const amount = formatMoney(d.amount, d.currency, locale);
  const none = <span className="muted">—</span>;
  return (
    <div className="deal-detail__body">
      <h2 className="deal-detail__name">{d.name}</h2>
      {d.company_name && <p className="deal-detail__subtitle">{d.company_name}</p>}
      <div className="deal-detail__chips">
        <span className={`chip deal-stage-chip deal-stage-chip--${d.stage_kind}`} data-testid="deal-stage">
          {d.stage_name}
        </span>
        {d.rotting_days !== null && (
          <span className="deal-badge deal-badge--rotting">
            <Clock size={11} aria-hidden="true" />
            {idleLabel(d.rotting_days)}
          </span>
        )}
      </div>
      <dl className="deal-facts">
        <dt>Amount</dt>
        <dd className="tabular">{amount || none}</dd>
        <dt>Stage</dt>
        <dd>
          {d.stage_name} <span className="muted">· {kindLabels[d.stage_kind]}</span>
        </dd>
        <dt>Probability</dt>
        <dd className="tabular">{d.probability}%</dd>
        <dt>In stage</dt>
        <dd className="tabular">
          {daysInStage === null ? none : daysInStage === 1 ? "1 day" : `${daysInStage} days`}
        </dd>
        {d.stage_kind === "lost" && (
          <>
            <dt>Loss reason</dt>
            <dd>{d.loss_reason || none}</dd>
          </>
        )}
        <dt>Expected close</dt>
        <dd className="tabular">{d.expected_close ? formatDay(d.expected_close, locale) : none}</dd>
        <dt>Contact</dt>
        <dd>
          {d.primary_contact_id ? (
            <button type="button" className="link-button" onClick={() => openContact(d.primary_contact_id!)}>
              {d.primary_contact_name}
            </button>
          ) : (
            none
          )}
        </dd>
        <dt>Owner</dt>
        <dd>{d.owner_name || none}</dd>
        <dt>Source</dt>
        <dd>{d.source || none}</dd>
        <dt>Tags</dt>
        <dd>
          {d.tags.length > 0 ? (
            <span className="deal-detail__tags">
              {d.tags.map((tag) => (
                <span key={tag} className="chip">
                  {tag}
                </span>
              ))}
            </span>
          ) : (
            none
          )}
        </dd>
        <CustomFieldValues table="deals" values={d.custom} />
        <dt>Last activity</dt>
        <dd>{d.last_activity_at ? <RelativeTime iso={d.last_activity_at} /> : none}</dd>
        <dt>Created</dt>
        <dd>
          <RelativeTime iso={d.created_at} />
        </dd>
        <dt>Updated</dt>
        <dd>
          <RelativeTime iso={d.updated_at} />
        </dd>
      </dl>
      <DealPeople deal={d} />
      <h3 className="deal-detail__section">Notes</h3>
      {d.notes ? <p className="deal-detail__notes">{d.notes}</p> : <p className="muted">No notes yet.</p>}
      <h3 className="deal-detail__section">Activity</h3>
      <RecordTimeline table="deals" id={d.id} companyId={d.company_id} contactId={d.primary_contact_id} />
    </div>
  );
}

function CloseButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="ghost" size="small" className="btn--icon" aria-label="Close" title="Close (Esc)" onClick={onClick}>
      <X aria-hidden="true" />
    </Button>
  );
}
