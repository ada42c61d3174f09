// The side pane beside the list: one contact, its edit form, or a new one.
import { useNavigation, type ContactPane as Pane } from "../../app/navigation-context";
import { useEscapeToClose } from "../../components/use-escape-to-close";
import { ContactDetail } from "./ContactDetail";
import { ContactEditor } from "./ContactEditor";
import { ContactForm } from "./ContactForm";
import { emptyContactInput } from "./contact-input-checks";

export function ContactPane({ pane }: { pane: NonNullable<Pane> }) {
  const navigation = useNavigation();
  const { closePane, openContact } = navigation;

  useEscapeToClose(pane.mode === "view", closePane);

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
