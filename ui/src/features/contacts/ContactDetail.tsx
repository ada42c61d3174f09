// One contact, read-only, with Edit and Delete.
import { Mail, Pencil, Phone, Trash2, X } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { ErrorState } from "../../components/ErrorState";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { isAppError, toAppError } from "../../ipc/app-error";
import { contactName } from "./contact-name";
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
        <dl className="facts">
          <dt>Email</dt>
          <dd>
            {c.email ? (
              <a href={`mailto:${c.email}`} className="fact-link">
                <Mail size={13} aria-hidden="true" />
                {c.email}
              </a>
            ) : (
              <span className="muted">—</span>
            )}
          </dd>
          <dt>Phone</dt>
          <dd>
            {c.phone ? (
              <a href={`tel:${c.phone.replace(/[^\d+]/g, "")}`} className="fact-link tabular">
                <Phone size={13} aria-hidden="true" />
                {c.phone}
              </a>
            ) : (
              <span className="muted">—</span>
            )}
          </dd>
          <dt>Country</dt>
          <dd>{c.country || <span className="muted">—</span>}</dd>
          <dt>Created</dt>
          <dd>
            <RelativeTime iso={c.created_at} />
          </dd>
          <dt>Updated</dt>
          <dd>
            <RelativeTime iso={c.updated_at} />
          </dd>
        </dl>
        <h3 className="contact-detail__section">Notes</h3>
        {c.notes ? <p className="contact-detail__notes">{c.notes}</p> : <p className="muted">No notes yet.</p>}
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
