// The side pane beside the list: one contact, its edit form, or a new one.
import { useEffect } from "react";
import { useNavigation, type ContactPane as Pane } from "../../app/navigation-context";
import { isTypingTarget } from "../../components/is-typing-target";
import { ContactDetail } from "./ContactDetail";
import { ContactEditor } from "./ContactEditor";
import { ContactForm } from "./ContactForm";
import { emptyContactInput } from "./contact-input-checks";

export function ContactPane({ pane }: { pane: NonNullable<Pane> }) {
  const navigation = useNavigation();
  const { closePane, openContact } = navigation;

  // Esc closes the pane from the list or the detail view; the form handles its own Esc.
  useEffect(() => {
    if (pane.mode !== "view") return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest("[role=dialog],[role=alertdialog]")) return;
      closePane();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [pane.mode, closePane]);

  return (
    <aside className="contact-pane" aria-label="Contact details">
      {pane.mode === "view" && <ContactDetail key={pane.id} id={pane.id} />}
      {pane.mode === "edit" && <ContactEditor key={pane.id} id={pane.id} />}
      {pane.mode === "new" && (
        <ContactForm
          contactId={null}
          initial={emptyContactInput}
          onSaved={(contact) => openContact(contact.id)}
          onCancel={closePane}
        />
      )}
    </aside>
  );
}
