// Fills a snippet's merge fields for one contact, names the fields that came out empty or are not
// fields at all (a typo), and offers the text to copy.
import { TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { Modal } from "../../components/Modal";
import { toAppError } from "../../ipc/app-error";
import type { ContentItem } from "../../ipc/bindings";
import { ContactPicker, type PickedContact } from "../deals/ContactPicker";
import { FilledText } from "./FilledText";
import { useFillContent } from "./library-queries";

export function FillDialog({ item, onClose }: { item: ContentItem; onClose: () => void }) {
  const [contact, setContact] = useState<PickedContact | null>(null);
  const fill = useFillContent();

  function pick(picked: PickedContact | null) {
    setContact(picked);
    fill.reset();
    if (picked) fill.mutate({ itemId: item.id, contactId: picked.id });
  }

  const filled = fill.data;
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={`Fill “${item.title}”`} description="Pick whom it is for; their details go into the merge fields.">
      <div className="library-form">
        <ContactPicker id="fill-contact" label="For" value={contact} onChange={pick} />
        <FailureBanner message={fill.isError ? toAppError(fill.error).message : null} />
        {filled && contact && (
          <>
            {(filled.empty.length > 0 || filled.unknown.length > 0) && (
              <ul className="content-warning content-warning--list" aria-label="Check before sending">
                {filled.empty.map((field) => (
                  <li key={field}>
                    <TriangleAlert size={13} aria-hidden="true" />
                    {field} is empty for {contact.name}: that part of the text is blank.
                  </li>
                ))}
                {filled.unknown.map((field) => (
                  <li key={field}>
                    <TriangleAlert size={13} aria-hidden="true" />
                    {`{{${field}}}`} is not a merge field (a typo?): it stays as written.
                  </li>
                ))}
              </ul>
            )}
            <FilledText id="filled-text" label="Filled text" text={filled.text} />
          </>
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>Close</Button>
        </div>
      </div>
    </Modal>
  );
}
