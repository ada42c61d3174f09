// One company, read-only, with its people, its deals and its timeline.
import { ExternalLink } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { DetailBar, DetailLoadError, DetailRow } from "../../components/RecordDetail";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { CustomFieldValues } from "../custom-fields/CustomFieldValues";
import { RecordDeals } from "../records/RecordDeals";
import { TagList } from "../records/TagList";
import { RecordTasks } from "../tasks/RecordTasks";
import { RecordTimeline } from "../timeline/RecordTimeline";
import { sizeLabels } from "./company-input-checks";
import { CompanyPeople } from "./CompanyPeople";
import { useCompany, useDeleteCompany } from "./company-queries";
import { RecordHistoryButton } from "../history/RecordHistory";

export function CompanyDetail({ id }: { id: string }) {
  const { closeCompanyPane, editCompany } = useNavigation();
  const company = useCompany(id);
  const remove = useDeleteCompany();
  const toast = useToast();
  const undo = useUndo();

  if (company.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading company" />;
  if (company.isError) {
    return (
      <DetailLoadError
        noun="company"
        error={company.error}
        onRetry={() => void company.refetch()}
        barClassName="contact-pane__bar"
        onClose={closeCompanyPane}
      />
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
      <DetailBar
        className="contact-pane__bar"
        onEdit={() => editCompany(id)}
        onDelete={onDelete}
        deleting={remove.isPending}
        onClose={closeCompanyPane}
      >
        <RecordHistoryButton table="companies" id={id} noun="company" />
      </DetailBar>
      <div className="contact-detail__body">
        <h2 className="contact-detail__name">{c.name}</h2>
        {subtitle && <p className="contact-detail__subtitle">{subtitle}</p>}
        <dl className="facts">
          <DetailRow term="Domain">
            {c.domain && (
              <a href={`https://${c.domain}`} target="_blank" rel="noreferrer noopener" className="fact-link">
                {c.domain}
                <ExternalLink size={12} aria-hidden="true" />
              </a>
            )}
          </DetailRow>
          <DetailRow term="Location">{place}</DetailRow>
          <DetailRow term="Address" className="contact-detail__notes">
            {c.address}
          </DetailRow>
          <DetailRow term="Owner" empty="No owner">
            {c.owner_name}
          </DetailRow>
          <DetailRow term="Tags">{c.tags.length > 0 && <TagList tags={c.tags} />}</DetailRow>
          <CustomFieldValues table="companies" values={c.custom} />
          <DetailRow term="Updated">
            <RelativeTime iso={c.updated_at} />
          </DetailRow>
        </dl>
        <CompanyPeople companyId={id} companyName={c.name} headingClassName="contact-detail__section" />
        <h3 className="contact-detail__section">Notes</h3>
        {c.notes ? <p className="contact-detail__notes">{c.notes}</p> : <p className="muted">No notes yet.</p>}
        <RecordTasks table="companies" id={id} name={c.name} headingClassName="contact-detail__section" />
        <RecordDeals link={{ company_id: id }} headingClassName="contact-detail__section" />
        <h3 className="contact-detail__section">Activity</h3>
        <RecordTimeline table="companies" id={id} />
      </div>
    </div>
  );
}
