// The side pane beside the board or table: one deal, its edit form, or a new one.
import { useNavigation, type DealPane as Pane } from "../../app/navigation-context";
import { ErrorState } from "../../components/ErrorState";
import { useEscapeToClose } from "../../components/use-escape-to-close";
import type { Pipeline } from "../../ipc/bindings";
import { useMembers, useSettings } from "../settings/settings-queries";
import { DealDetail } from "./DealDetail";
import { DealForm } from "./DealForm";
import { draftFromDeal, newDealDraft } from "./deal-draft";
import { useDeal } from "./deal-queries";

export function DealPane({
  pane,
  pipelines,
  defaultPipeline,
}: {
  pane: NonNullable<Pane>;
  pipelines: Pipeline[];
  /** The pipeline on screen: a new deal starts in it. */
  defaultPipeline: Pipeline;
}) {
  const { closeDealPane, openDeal } = useNavigation();

  useEscapeToClose(pane.mode === "view", closeDealPane);

  return (
    <aside className="deal-pane" aria-label="Deal details">
      {pane.mode === "view" && <DealDetail key={pane.id} id={pane.id} />}
      {pane.mode === "edit" && <DealEditor key={pane.id} id={pane.id} pipelines={pipelines} />}
      {pane.mode === "new" && (
        <NewDeal pipelines={pipelines} pipeline={defaultPipeline} onSaved={(id) => openDeal(id)} onCancel={closeDealPane} />
      )}
    </aside>
  );
}

function NewDeal({
  pipelines,
  pipeline,
  onSaved,
  onCancel,
}: {
  pipelines: Pipeline[];
  pipeline: Pipeline;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const settings = useSettings();
  const members = useMembers();
  // Wait for the defaults (base currency, me as owner) so the form opens filled in.
  if (settings.isPending || members.isPending) return <div className="deal-pane__loading" aria-busy="true" aria-label="Loading" />;
  const me = members.data?.find((m) => m.is_me)?.id ?? "";
  return (
    <DealForm
      dealId={null}
      initial={newDealDraft(pipeline, settings.data?.base_currency ?? "", me)}
      pipelines={pipelines}
      onSaved={(deal) => onSaved(deal.id)}
      onCancel={onCancel}
    />
  );
}

function DealEditor({ id, pipelines }: { id: string; pipelines: Pipeline[] }) {
  const { openDeal } = useNavigation();
  const deal = useDeal(id);
  if (deal.isPending) return <div className="deal-pane__loading" aria-busy="true" aria-label="Loading deal" />;
  if (deal.isError) {
    return <ErrorState title="Couldn’t load this deal" error={deal.error} onRetry={() => void deal.refetch()} />;
  }
  return (
    <DealForm
      dealId={id}
      initial={draftFromDeal(deal.data)}
      pipelines={pipelines}
      onSaved={(saved) => openDeal(saved.id)}
      onCancel={() => openDeal(id)}
    />
  );
}
