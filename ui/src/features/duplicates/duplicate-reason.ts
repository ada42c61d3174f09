// Why contacts were grouped, in words: "Same e-mail ana@acme.com", "Similar names at Initech".
import type { DuplicateGroup } from "../../ipc/bindings";

const digits = (text: string) => text.replace(/\D/g, "");

export function reasonText(group: DuplicateGroup): string {
  switch (group.reason) {
    case "same_email":
      return `Same e-mail ${group.key}`;
    case "same_phone": {
      // The key is the stored number; show it as people read it when a member's display matches.
      const shown = group.contacts.find((c) => c.phone_display && digits(c.phone_display) === digits(group.key));
      return `Same phone ${shown?.phone_display ?? group.key}`;
    }
    case "similar_name":
      return group.key ? `Similar names at ${group.key}` : "Similar names";
  }
}
