// One company, read-only, with its people, its deals and its timeline.
import { ExternalLink, Pencil, Trash2, X } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { ErrorState } from "../../components/ErrorState";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { isAppError, toAppError } from "../../ipc/app-error";
import { CustomFieldValues } from "../custom-fields/CustomFieldValues";
import { RecordDeals } from "../records/RecordDeals";
import { TagList } from "../records/TagList";
import { RecordTimeline } from "../timeline/RecordTimeline";
import { sizeLabels } from "./company-input-checks";
import { CompanyPeople } from "./CompanyPeople";
import { useCompany, useDeleteCompany } from "./company-queries";

export function CompanyDetail({ id }: { id: string }) {
  const { closeCompanyPane, editCompany } = useNavigation();
  const company = useCompany(id);
  const remove = useDeleteCompany();
  const toast = useToast();
  const undo = useUndo();

  if (company.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading company" />;
  if (company.isError) {
    const gone = isAppError(company.error) && company.error.code === "not_found";
    return (
      <>
        <div className="contact-pane__bar">
          <span className="screen-header__spacer" />
          <CloseButton onClick={closeCompanyPane} />
        </div>
        <ErrorState
          title={gone ? "This company no longer exists" : "Couldn’t load this company"}
          error={company.error}
          onRetry={() => void company.refetch()}
        />
      </>
    );
  }

  const c = company.data;
  const subtitle = [c.industry, c.size !== "unknown" ? sizeLabels[c.size] : ""].filter(Boolean).join(" · ");
  const place = [c.region, c.country].filter(Boolean).join(", ");

  function onDelete() {
    remove.mutate(id, {
      onSuccess: () => {
        closeCompanyPane();
        toast({ message: "Company moved to Trash", action: { label: "Undo", onClick: () => void undo() } });
      },
      onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
    });
  }

  return (
    <div className="contact-detail">
      <div className="contact-pane__bar">
        <Button size="small" onClick={() => editCompany(id)}>
          <Pencil aria-hidden="true" />
          Edit
        </Button>
        <Button size="small" onClick={onDelete} disabled={remove.isPending}>
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
        <span className="screen-header__spacer" />
        <CloseButton onClick={closeCompanyPane} />
      </div>
      <div className="contact-detail__body">
        <h2 className="contact-detail__name">{c.name}</h2>
        {subtitle && <p className="contact-detail__subtitle">{subtitle}</p>}
        <dl className="facts">
          <dt>Domain</dt>
          <dd>
            {c.domain ? (
              <a href={`https://${c.domain}`} target="_blank" rel="noreferrer noopener" className="fact-link">
                {c.domain}
                <ExternalLink size={12} aria-hidden="true" />
              </a>
            ) : (
              <span className="muted">—</span>
            )}
          </dd>
          <dt>Location</dt>
          <dd>{place || <span className="muted">—</span>}</dd>
          <dt>Address</dt>
          <dd className="contact-detail__notes">{c.address || <span className="muted">—</span>}</dd>
          <dt>Owner</dt>
          <dd>{c.owner_name || <span className="muted">No owner</span>}</dd>
          <dt>Tags</dt>
          <dd>{c.tags.length > 0 ? <TagList tags={c.tags} /> : <span className="muted">—</span>}</dd>
          <CustomFieldValues table="companies" values={c.custom} />
          <dt>Updated</dt>
          <dd>
            <RelativeTime iso={c.updated_at} />
          </dd>
        </dl>
        <CompanyPeople companyId={id} companyName={c.name} headingClassName="contact-detail__section" />
        <h3 className="contact-detail__section">Notes</h3>
        {c.notes ? <p className="contact-detail__notes">{c.notes}</p> : <p className="muted">No notes yet.</p>}
        <RecordDeals link={{ company_id: id }} headingClassName="contact-detail__section" />
        <h3 className="contact-detail__section">Activity</h3>
        <RecordTimeline table="companies" id={id} />
      </div>
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
