// The proposal's outline: its sections in print order, to pick one, move it, remove it or add one.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, Plus } from "lucide-react";
import { RowOrderButtons } from "../../components/RowOrderButtons";
import type { SectionKind } from "../../ipc/bindings";
import { sectionKinds } from "./section-kinds";
import type { DraftSection } from "./use-proposal-draft";
import "../records/filter-menu.css";

export type AddChoice = Exclude<SectionKind, "content"> | "library";

const addChoices: { choice: AddChoice; label: string; kind: SectionKind }[] = [
  { choice: "text", label: "Text", kind: "text" },
  { choice: "pricing", label: "Pricing (the quote)", kind: "pricing" },
  { choice: "library", label: "From the library…", kind: "content" },
  { choice: "acceptance", label: "Acceptance", kind: "acceptance" },
];

export const sectionName = (section: DraftSection) => section.title.trim() || "Untitled section";

export function SectionList({
  sections,
  selectedKey,
  readOnly,
  onSelect,
  onMove,
  onRemove,
  onAdd,
}: {
  sections: DraftSection[];
  selectedKey: string | null;
  readOnly: boolean;
  onSelect: (key: string) => void;
  onMove: (index: number, step: -1 | 1) => void;
  onRemove: (section: DraftSection) => void;
  onAdd: (choice: AddChoice) => void;
}) {
  return (
    <nav className="proposal-sections" aria-label="Sections">
      <ol className="proposal-sections__list">
        {sections.map((section, index) => {
          const Icon = sectionKinds[section.kind].icon;
          const name = sectionName(section);
          return (
            <li key={section.key} className="proposal-sections__row" aria-current={section.key === selectedKey ? "true" : undefined}>
              <button type="button" className="proposal-sections__pick" onClick={() => onSelect(section.key)}>
                <Icon size={14} aria-hidden="true" className="proposal-sections__icon" />
                <span className="proposal-sections__title">{name}</span>
                <span className="visually-hidden">, {sectionKinds[section.kind].label}</span>
              </button>
              {!readOnly && (
                <span className="proposal-sections__actions">
                  <RowOrderButtons name={name} index={index} count={sections.length} onMove={(step) => onMove(index, step)} onRemove={() => onRemove(section)} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {sections.length === 0 && <p className="proposal-sections__empty">No sections yet. Add one, or start from a template.</p>}
      {!readOnly && (
        <DropdownMenu.Root modal={false}>
          <DropdownMenu.Trigger asChild>
            <button type="button" className="btn btn--small proposal-sections__add">
              <Plus aria-hidden="true" />
              Add section
              <ChevronDown aria-hidden="true" />
            </button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="filter-menu" align="start" sideOffset={4}>
              {addChoices.map(({ choice, label, kind }) => {
                const Icon = sectionKinds[kind].icon;
                return (
                  <DropdownMenu.Item key={choice} className="filter-menu__item" onSelect={() => onAdd(choice)}>
                    <Icon size={14} aria-hidden="true" />
                    {label}
                  </DropdownMenu.Item>
                );
              })}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}
    </nav>
  );
}
