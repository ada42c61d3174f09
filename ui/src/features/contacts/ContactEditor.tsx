// Loads a contact, then edits it with the same form used for new contacts.
import { useNavigation } from "../../app/navigation-context";
import { ErrorState } from "../../components/ErrorState";
import type { Contact, ContactInput } from "../../ipc/bindings";
import { useContact } from "./contact-queries";
import { ContactForm } from "./ContactForm";

export function ContactEditor({ id }: { id: string }) {
  const { openContact } = useNavigation();
  const contact = useContact(id);
  if (contact.isPending) return <div className="contact-pane__loading" aria-busy="true" />;
  if (contact.isError) {
    return (
      <ErrorState title="Couldn’t load this contact" error={contact.error} onRetry={() => void contact.refetch()} />
    );
  }
  return (
    <ContactForm
      contactId={id}
      initial={inputFrom(contact.data)}
      onSaved={(saved) => openContact(saved.id)}
      onCancel={() => openContact(id)}
    />
  );
}

function inputFrom(contact: Contact): ContactInput {
  return {
    first_name: contact.first_name,
    last_name: contact.last_name,
    email: contact.email,
    phone: contact.phone,
    title: contact.title,
    company_name: contact.company_name,
    country: contact.country,
    notes: contact.notes,
    lifecycle_stage: contact.lifecycle_stage,
    lead_status: contact.lead_status,
    lead_source: contact.lead_source,
    first_campaign_id: contact.first_campaign_id,
    last_campaign_id: contact.last_campaign_id,
    owner_id: contact.owner_id,
    do_not_contact: contact.do_not_contact,
    bant: contact.bant,
    tags: contact.tags,
    other_emails: contact.other_emails,
    other_phones: contact.other_phones,
    custom: contact.custom,
  };
}
