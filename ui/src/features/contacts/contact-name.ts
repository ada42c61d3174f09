// The name to show for a contact; someone may only have a first or a last name.
import type { Contact } from "../../ipc/bindings";

export function contactName(contact: Pick<Contact, "first_name" | "last_name">): string {
  return [contact.first_name, contact.last_name].filter((part) => part.trim()).join(" ") || "Unnamed contact";
}
