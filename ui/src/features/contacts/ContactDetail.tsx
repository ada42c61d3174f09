// One contact, read-only, with Edit and Delete, its deals and its timeline.
import { Ban, Mail, Phone } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { DetailBar, DetailLoadError, DetailRow } from "../../components/RecordDetail";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { CustomFieldValues } from "../custom-fields/CustomFieldValues";
import { RecordDeals } from "../records/RecordDeals";
import { TagList } from "../records/TagList";
import { ContactSequences } from "../sequences/ContactSequences";
import { RecordTasks } from "../tasks/RecordTasks";
import { RecordTimeline } from "../timeline/RecordTimeline";
import { contactName } from "./contact-name";
import { LifecyclePill } from "./LifecyclePill";
import { ScoreBadge } from "../lead-scoring/ScoreBadge";
import { bantQuestions, bantStatusLabels } from "./qualification";
import { useContact, useDeleteContact } from "./contact-queries";
import { RecordHistoryButton } from "../history/RecordHistory";
import { CampaignRows } from "../campaigns/CampaignRows";

export function ContactDetail({ id }: { id: string }) {
  const { closePane, editContact } = useNavigation();
  const contact = useContact(id);
  const remove = useDeleteContact();
  const toast = useToast();
  const undo = useUndo();

  if (contact.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading contact" />;
  if (contact.isError) {
    return (
      <DetailLoadError
        noun="contact"
        error={contact.error}
        onRetry={() => void contact.refetch()}
        barClassName="contact-pane__bar"
        onClose={closePane}
      />
    );
  }

  const c = contact.data;
  const subtitle = [c.title, c.company_name].filter(Boolean).join(" · ");

  function onDelete() {
    remove.mutate(id, {
      onSuccess: () => {
        closePane();
        toast({ message: "Contact moved to Trash", action: { label: "Undo", onClick: () => void undo() } });
      },
      onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
    });
  }

  return (
    <div className="contact-detail">
      <DetailBar
        className="contact-pane__bar"
        onEdit={() => editContact(id)}
        onDelete={onDelete}
        deleting={remove.isPending}
        onClose={closePane}
      >
        <RecordHistoryButton table="contacts" id={id} noun="contact" />
      </DetailBar>
      <div className="contact-detail__body">
        <h2 className="contact-detail__name">{contactName(c)}</h2>
        {subtitle && <p className="contact-detail__subtitle">{subtitle}</p>}
        <div className="contact-detail__badges">
          <LifecyclePill stage={c.lifecycle_stage} />
          <ScoreBadge contactId={id} />
          {c.do_not_contact && (
            <span className="chip dnc-badge" title="They asked not to be emailed or called">
              <Ban size={11} aria-hidden="true" />
              Do not contact
            </span>
          )}
        </div>
        <dl className="facts">
          <DetailRow term={c.other_emails.length > 0 ? "Emails" : "Email"}>
            <ContactPoints
              kind="email"
              blocked={c.do_not_contact}
              points={[c.email, ...c.other_emails].filter(Boolean).map((email) => ({ value: email, text: email }))}
            />
          </DetailRow>
          <DetailRow term={c.other_phones.length > 0 ? "Phones" : "Phone"}>
            <ContactPoints
              kind="phone"
              blocked={c.do_not_contact}
              points={[
                ...(c.phone ? [{ value: c.phone, text: c.phone_display || c.phone }] : []),
                ...c.other_phones.map((phone, i) => ({ value: phone, text: c.other_phones_display[i] || phone })),
              ]}
            />
          </DetailRow>
          <DetailRow term="Country">{c.country}</DetailRow>
          <DetailRow term="Owner" empty="No owner">
            {c.owner_name}
          </DetailRow>
          <DetailRow term="Lead status">{c.lead_status}</DetailRow>
          <DetailRow term="Lead source">{c.lead_source}</DetailRow>
          <CampaignRows first={c.first_campaign_name} last={c.last_campaign_name} />
          <DetailRow term="Tags">{c.tags.length > 0 && <TagList tags={c.tags} />}</DetailRow>
          <CustomFieldValues table="contacts" values={c.custom} />
          <DetailRow term="Created">
            <RelativeTime iso={c.created_at} />
          </DetailRow>
          <DetailRow term="Updated">
            <RelativeTime iso={c.updated_at} />
          </DetailRow>
        </dl>
        <h3 className="contact-detail__section">BANT</h3>
        <dl className="bant">
          {bantQuestions.map(({ key, label }) => {
            const answer = c.bant[key];
            return (
              <div key={key} className="bant__row">
                <dt>{label}</dt>
                <dd>
                  <span className={`chip bant-status--${answer.status}`}>{bantStatusLabels[answer.status]}</span>
                  <span className="bant__note">{answer.note}</span>
                </dd>
              </div>
            );
          })}
        </dl>
        <h3 className="contact-detail__section">Notes</h3>
        {c.notes ? <p className="contact-detail__notes">{c.notes}</p> : <p className="muted">No notes yet.</p>}
        <RecordTasks table="contacts" id={id} name={contactName(c)} headingClassName="contact-detail__section" />
        <ContactSequences contactId={id} headingClassName="contact-detail__section" />
        <RecordDeals link={{ contact_id: id }} headingClassName="contact-detail__section" />
        <h3 className="contact-detail__section">Activity</h3>
        <RecordTimeline table="contacts" id={id} companyId={c.company_id} />
      </div>
    </div>
  );
}

/** E-mails as mailto: links, phones as tel: links on their E.164 form; plain text for "Do not contact". */
function ContactPoints({
  kind,
  blocked,
  points,
}: {
  kind: "email" | "phone";
  blocked: boolean;
  points: { value: string; text: string }[];
}) {
  if (points.length === 0) return <span className="muted">—</span>;
  const Icon = kind === "email" ? Mail : Phone;
  const numeric = kind === "phone" ? " tabular" : "";
  return (
    <ul className="fact-list">
      {points.map((point) => (
        <li key={point.value}>
          {blocked ? (
            <span
              className={`muted${numeric}`}
              title={`Do not contact: they asked not to be ${kind === "email" ? "emailed" : "called"}`}
            >
              {point.text}
            </span>
          ) : (
            <a
              href={kind === "email" ? `mailto:${point.value}` : `tel:${point.value.replace(/[^\d+]/g, "")}`}
              className={`fact-link${numeric}`}
            >
              <Icon size={13} aria-hidden="true" />
              {point.text}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
