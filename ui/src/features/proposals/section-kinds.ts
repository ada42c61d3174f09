// What each kind of proposal section is called, looks like in the list, and adds when printed.
import { BookOpen, PenLine, Receipt, Type, type LucideIcon } from "lucide-react";
import type { ProposalSection, SectionKind } from "../../ipc/bindings";
import { emptyDocument } from "./rich-text";

export const sectionKinds: Record<SectionKind, { label: string; icon: LucideIcon; newTitle: string; printedNote: string | null }> = {
  text: { label: "Text", icon: Type, newTitle: "New section", printedNote: null },
  pricing: { label: "Pricing", icon: Receipt, newTitle: "Pricing", printedNote: "The quote’s table and totals print here, below this text." },
  content: { label: "From the library", icon: BookOpen, newTitle: "From the library", printedNote: null },
  acceptance: {
    label: "Acceptance",
    icon: PenLine,
    newTitle: "Acceptance",
    printedNote: "Signature lines print here, or the customer’s signature once the quote is accepted.",
  },
};

/** A section the user adds by hand; the library's blocks come from the backend instead. */
export function newSection(kind: Exclude<SectionKind, "content">): ProposalSection {
  return { id: "", kind, title: sectionKinds[kind].newTitle, body: emptyDocument, content_item_id: null, content_version_id: null };
}
