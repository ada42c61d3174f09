// One contact, read-only, with Edit and Delete, its deals and its timeline.
import { Ban, Mail, Pencil, Phone, Trash2, X } from "lucide-react";
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
import { contactName } from "./contact-name";
import { LifecyclePill } from "./LifecyclePill";
import { bantQuestions, bantStatusLabels } from "./qualification";
import { useContact, useDeleteContact } from "./contact-queries";

export function ContactDetail({ id }: { id: string }) {
  const { closePane, editContact } = useNavigation();
  const contact = useContact(id);
  const remove = useDeleteContact();
  const toast = useToast();
  const undo = useUndo();

  if (contact.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading contact" />;
  if (contact.isError) {
    const gone = isAppError(contact.error) && contact.error.code === "not_found";
    return (
      <>
        <div className="contact-pane__bar">
          <span className="screen-header__spacer" />
          <CloseButton onClick={closePane} />
        </div>
        <ErrorState
          title={gone ? "This contact no longer exists" : "Couldn’t load this contact"}
          error={contact.error}
          onRetry={() => void contact.refetch()}
        />
      </>
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
      <div className="contact-pane__bar">
        <Button size="small" onClick={() => editContact(id)}>
          <Pencil aria-hidden="true" />
          Edit
        </Button>
        <Button size="small" onClick={onDelete} disabled={remove.isPending}>
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
        <span className="screen-header__spacer" />
        <CloseButton onClick={closePane} />
      </div>
      <div className="contact-detail__body">
        <h2 className="contact-detail__name">{contactName(c)}</h2>
        {subtitle && <p className="contact-detail__subtitle">{subtitle}</p>}
        <div className="contact-detail__badges">
          <LifecyclePill stage={c.lifecycle_stage} />
          {c.do_not_contact && (
            <span className="chip dnc-badge" title="They asked not to be emailed or called">
              <Ban size={11} aria-hidden="true" />
              Do not contact
            </span>
          )}
        </div>
        <dl className="facts">
          <dt>{c.other_emails.length > 0 ? "Emails" : "Email"}</dt>
          <dd>
            <ContactPoints
              kind="email"
              blocked={c.do_not_contact}
              points={[c.email, ...c.other_emails].filter(Boolean).map((email) => ({ value: email, text: email }))}
            />
          </dd>
          <dt>{c.other_phones.length > 0 ? "Phones" : "Phone"}</dt>
          <dd>
            <ContactPoints
              kind="phone"
              blocked={c.do_not_contact}
              points={[
                ...(c.phone ? [{ value: c.phone, text: c.phone_display || c.phone }] : []),
                ...c.other_phones.map((phone, i) => ({ value: phone, text: c.other_phones_display[i] || phone })),
              ]}
            />
          </dd>
          <dt>Country</dt>
          <dd>{c.country || <span className="muted">—</span>}</dd>
          <dt>Owner</dt>
          <dd>{c.owner_name || <span className="muted">No owner</span>}</dd>
          <dt>Lead status</dt>
          <dd>{c.lead_status || <span className="muted">—</span>}</dd>
          <dt>Lead source</dt>
          <dd>{c.lead_source || <span className="muted">—</span>}</dd>
          <dt>Tags</dt>
          <dd>{c.tags.length > 0 ? <TagList tags={c.tags} /> : <span className="muted">—</span>}</dd>
          <CustomFieldValues table="contacts" values={c.custom} />
          <dt>Created</dt>
          <dd>
            <RelativeTime iso={c.created_at} />
          </dd>
          <dt>Updated</dt>
          <dd>
            <RelativeTime iso={c.updated_at} />
          </dd>
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

function CloseButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="ghost" size="small" className="btn--icon" aria-label="Close" title="Close (Esc)" onClick={onClick}>
      <X aria-hidden="true" />
    </Button>
  );
}
