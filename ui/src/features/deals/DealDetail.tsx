// One deal, read-only: its facts, the people on it, its quotes, notes; with Edit and Delete.
import { Clock } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { useDisplayFormat } from "../../components/format-context";
import { DetailBar, DetailLoadError, DetailRow } from "../../components/RecordDetail";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Deal } from "../../ipc/bindings";
import { CustomFieldValues } from "../custom-fields/CustomFieldValues";
import { DealQuotes } from "../quotes/DealQuotes";
import { RecordTasks } from "../tasks/RecordTasks";
import { RecordTimeline } from "../timeline/RecordTimeline";
import { CloseDay } from "./CloseDay";
import { daysSince, formatMoney, idleLabel } from "./deal-format";
import { useDeal, useDeleteDeal } from "./deal-queries";
import { DealPeople } from "./DealPeople";
import { RecordHistoryButton } from "../history/RecordHistory";
import { CampaignRows } from "../campaigns/CampaignRows";

const kindLabels = { open: "Open", won: "Won", lost: "Lost" } as const;

export function DealDetail({ id }: { id: string }) {
  const { closeDealPane, editDeal } = useNavigation();
  const deal = useDeal(id);
  const remove = useDeleteDeal();
  const toast = useToast();
  const undo = useUndo();

  if (deal.isPending) return <div className="deal-pane__loading" aria-busy="true" aria-label="Loading deal" />;
  if (deal.isError) {
    return (
      <DetailLoadError
        noun="deal"
        error={deal.error}
        onRetry={() => void deal.refetch()}
        barClassName="deal-pane__bar"
        onClose={closeDealPane}
      />
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
      <DetailBar
        className="deal-pane__bar"
        onEdit={() => editDeal(id)}
        onDelete={onDelete}
        deleting={remove.isPending}
        onClose={closeDealPane}
      >
        <RecordHistoryButton table="deals" id={id} noun="deal" />
      </DetailBar>
      <DealBody deal={deal.data} />
    </div>
  );
}

function DealBody({ deal: d }: { deal: Deal }) {
  const { locale } = useDisplayFormat();
  const { openContact } = useNavigation();
  const daysInStage = daysSince(d.stage_entered_at);
  const amount = formatMoney(d.amount, d.currency, locale);
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
        <DetailRow term="Amount" className="tabular">
          {amount}
        </DetailRow>
        <DetailRow term="Stage">
          {d.stage_name}
          {/* The kind says what a custom stage name means ("Signed" · Won); "Won · Won" says nothing. */}
          {d.stage_name !== kindLabels[d.stage_kind] && <span className="muted"> · {kindLabels[d.stage_kind]}</span>}
        </DetailRow>
        <DetailRow term="Probability" className="tabular">
          {d.probability}%
        </DetailRow>
        <DetailRow term="In stage" className="tabular">
          {daysInStage !== null && (daysInStage === 1 ? "1 day" : `${daysInStage} days`)}
        </DetailRow>
        {d.stage_kind === "lost" && <DetailRow term="Loss reason">{d.loss_reason}</DetailRow>}
        <DetailRow term="Expected close" className="tabular">
          <CloseDay day={d.expected_close} stageKind={d.stage_kind} />
        </DetailRow>
        <DetailRow term="Contact">
          {d.primary_contact_id && (
            <button type="button" className="link-button" onClick={() => openContact(d.primary_contact_id!)}>
              {d.primary_contact_name}
            </button>
          )}
        </DetailRow>
        <DetailRow term="Owner">{d.owner_name}</DetailRow>
        <DetailRow term="Source">{d.source}</DetailRow>
        <CampaignRows first={d.first_campaign_name} last={d.last_campaign_name} />
        <DetailRow term="Tags">
          {d.tags.length > 0 && (
            <span className="deal-detail__tags">
              {d.tags.map((tag) => (
                <span key={tag} className="chip">
                  {tag}
                </span>
              ))}
            </span>
          )}
        </DetailRow>
        <CustomFieldValues table="deals" values={d.custom} />
        <DetailRow term="Last activity">{d.last_activity_at && <RelativeTime iso={d.last_activity_at} />}</DetailRow>
        <DetailRow term="Created">
          <RelativeTime iso={d.created_at} />
        </DetailRow>
        <DetailRow term="Updated">
          <RelativeTime iso={d.updated_at} />
        </DetailRow>
      </dl>
      <DealPeople deal={d} />
      <DealQuotes dealId={d.id} headingClassName="deal-detail__section" />
      <RecordTasks table="deals" id={d.id} name={d.name} headingClassName="deal-detail__section" />
      <h3 className="deal-detail__section">Notes</h3>
      {d.notes ? <p className="deal-detail__notes">{d.notes}</p> : <p className="muted">No notes yet.</p>}
      <h3 className="deal-detail__section">Activity</h3>
      <RecordTimeline table="deals" id={d.id} companyId={d.company_id} contactId={d.primary_contact_id} />
    </div>
  );
}
