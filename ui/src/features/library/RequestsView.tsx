// Content sellers asked marketing for, with each answer; marketers and admins answer them here.
import { Inbox, Plus } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { RelativeTime } from "../../components/RelativeTime";
import type { ContentRequest } from "../../ipc/bindings";
import { kindLabels, requestStatusLabels, stageLabels } from "./content-labels";
import { AnswerRequestDialog } from "./AnswerRequestDialog";
import { useContentRequests, useMayCurate } from "./library-queries";
import { RequestDialog } from "./RequestDialog";

export function RequestsView() {
  const requests = useContentRequests();
  const mayCurate = useMayCurate();
  const [asking, setAsking] = useState(false);
  const [answering, setAnswering] = useState<ContentRequest | null>(null);

  return (
    <div className="library-queue">
      <div className="library-queue__bar">
        <p className="muted">
          {mayCurate ? "What sellers asked for. Answer each, so they know what is coming." : "Can’t find what you need? Ask marketing; the answer shows here."}
        </p>
        <span className="screen-header__spacer" />
        <Button onClick={() => setAsking(true)}>
          <Plus aria-hidden="true" />
          Ask marketing for content
        </Button>
      </div>
      {requests.isPending ? (
        <div className="library-queue__loading" aria-busy="true" aria-label="Loading requests" />
      ) : requests.isError ? (
        <ErrorState title="Couldn’t load the requests" error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <EmptyState icon={<Inbox size={20} aria-hidden="true" />} title="No requests yet">
          When a seller needs a case study, a deck or an answer to an objection that the library doesn’t have, they ask
          here — and marketing plans it.
        </EmptyState>
      ) : (
        <ul className="library-queue__list" aria-label="Content requests">
          {requests.data.map((request) => (
            <RequestRow key={request.id} request={request} onAnswer={mayCurate ? () => setAnswering(request) : undefined} />
          ))}
        </ul>
      )}
      {asking && <RequestDialog onClose={() => setAsking(false)} />}
      {answering && <AnswerRequestDialog request={answering} onClose={() => setAnswering(null)} />}
    </div>
  );
}

function RequestRow({ request, onAnswer }: { request: ContentRequest; onAnswer?: () => void }) {
  const { openContent } = useNavigation();
  const facts = [request.kind && kindLabels[request.kind], request.stage && stageLabels[request.stage]].filter(Boolean);
  return (
    <li className="request" aria-label={request.title}>
      <div className="request__head">
        <span className="request__title">{request.title}</span>
        <span className={`chip request-status request-status--${request.status}`}>{requestStatusLabels[request.status]}</span>
        <span className="screen-header__spacer" />
        {onAnswer && (
          <Button size="small" onClick={onAnswer} aria-label={`Answer “${request.title}”`}>
            Answer
          </Button>
        )}
      </div>
      <div className="request__meta muted">
        {facts.length > 0 && `${facts.join(" · ")} · `}
        {request.requested_by ? `Asked by ${request.requested_by}` : "Asked"} <RelativeTime iso={request.created_at} />
      </div>
      {request.details && <p className="request__details">{request.details}</p>}
      {(request.response || request.item_id) && (
        <p className="request__response">
          <span className="request__from">Marketing:</span> {request.response}
          {request.item_id && (
            <>
              {" "}
              <button type="button" className="link-button" onClick={() => openContent(request.item_id!)}>
                {request.item_title || "Open the item"}
              </button>
            </>
          )}
        </p>
      )}
    </li>
  );
}
