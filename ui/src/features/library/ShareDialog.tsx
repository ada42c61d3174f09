// Shares an item with a contact (and one of their deals): the backend logs it on their timelines and
// hands back what to send — the filled text or link to paste, or a copy of the file to attach.
// An expired item is shared only after an explicit "Share anyway".
import { FolderOpen, Mail, TriangleAlert } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { useDisplayFormat } from "../../components/format-context";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { useToast } from "../../components/toast-context";
import { isAppError, toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { ContentDetail, Shared } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { ContactPicker, type PickedContact } from "../deals/ContactPicker";
import { useDealsOf } from "../records/record-queries";
import { FilledText } from "./FilledText";
import { useShareContent } from "./library-queries";

/** A mailto: link with the subject and, for text, the body already in it. */
export function mailtoHref(email: string, subject: string, body: string | null): string {
  const params = [`subject=${encodeURIComponent(subject)}`, ...(body ? [`body=${encodeURIComponent(body)}`] : [])];
  // The address keeps its "@" readable; anything else that could break the URL is escaped.
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}?${params.join("&")}`;
}

export function ShareDialog({ detail, onClose }: { detail: ContentDetail; onClose: () => void }) {
  const item = detail.item;
  const { locale } = useDisplayFormat();
  const share = useShareContent();
  const [contact, setContact] = useState<PickedContact | null>(null);
  const [dealId, setDealId] = useState("");
  const [note, setNote] = useState("");
  // The backend may know the item expired when this page did not (it expired since it loaded).
  const [expired, setExpired] = useState(detail.expired);
  const [failure, setFailure] = useState<string | null>(null);
  const [shared, setShared] = useState<Shared | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!contact || share.isPending) return;
    setFailure(null);
    share.mutate(
      { item_id: item.id, contact_id: contact.id, deal_id: dealId || null, note, confirm_expired: expired },
      {
        onSuccess: setShared,
        onError: (error) => {
          if (isAppError(error) && error.code === "conflict" && !expired && item.status !== "archived") setExpired(true);
          setFailure(toAppError(error).message);
        },
      },
    );
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={shared && contact ? `Shared with ${contact.name}` : `Share “${item.title}”`}
      description={shared ? "It’s on their timeline. Now send it:" : "Logged on the contact’s timeline (and the deal’s), so everyone sees what they have seen."}
    >
      {shared && contact ? (
        <SendIt shared={shared} contactName={contact.name} title={item.title} onClose={onClose} />
      ) : (
        <form className="library-form" noValidate onSubmit={onSubmit} aria-label="Share with a contact">
          {expired && (
            <p className="content-warning" role="note">
              <TriangleAlert size={14} aria-hidden="true" />
              <span>
                This item expired{item.expires_on ? ` on ${formatDay(item.expires_on, locale)}` : ""}. Its facts or prices may be
                out of date: check it before you send it.
              </span>
            </p>
          )}
          <FailureBanner message={failure} />
          <ContactPicker
            id="share-contact"
            label="Contact"
            value={contact}
            onChange={(picked) => {
              setContact(picked);
              setDealId("");
            }}
          />
          {contact && <DealChoice contactId={contact.id} value={dealId} onValueChange={setDealId} />}
          <TextAreaField id="share-note" label="Note (on the timeline)" value={note} onValueChange={setNote} rows={2} placeholder="e.g. Sent after the security call" />
          <div className="dialog__actions">
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant={expired ? "danger" : "primary"} disabled={!contact || share.isPending}>
              {expired ? "Share anyway" : "Share"}
            </Button>
          </div>
        </form>
      )}
    </Modal>
  );
}

function DealChoice({ contactId, value, onValueChange }: { contactId: string; value: string; onValueChange: (id: string) => void }) {
  const deals = useDealsOf({ contact_id: contactId });
  const rows = deals.data?.rows ?? [];
  if (rows.length === 0) return null;
  return (
    <SelectField
      id="share-deal"
      label="For the deal (optional)"
      value={value}
      onValueChange={onValueChange}
      options={[{ value: "", label: "No deal" }, ...rows.map((deal) => ({ value: deal.id, label: deal.name }))]}
    />
  );
}

/** What to send now: the text or link to paste, or the file to attach, and an e-mail to them. */
function SendIt({ shared, contactName, title, onClose }: { shared: Shared; contactName: string; title: string; onClose: () => void }) {
  const toast = useToast();
  return (
    <div className="library-form">
      {shared.text !== null && <FilledText id="shared-text" label="Text to send" text={shared.text} />}
      {shared.file_path && (
        <div className="field">
          <span className="field__label">File to attach</span>
          <div className="shared-file">
            <span className="shared-file__path mono">{shared.file_path}</span>
            <Button
              size="small"
              onClick={() => backend.showFile(shared.file_path!).catch((error) => toast({ message: toAppError(error).message, tone: "error" }))}
            >
              <FolderOpen aria-hidden="true" />
              Show in folder
            </Button>
          </div>
        </div>
      )}
      <div className="dialog__actions">
        {shared.email ? (
          <a className="btn" href={mailtoHref(shared.email, title, shared.text)}>
            <Mail aria-hidden="true" />
            E-mail {shared.email}
          </a>
        ) : (
          <span className="muted shared-no-email">{contactName} has no e-mail address.</span>
        )}
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}
