// Ctrl/Cmd+K: jump anywhere, run an action, or open a contact by name.
import * as Dialog from "@radix-ui/react-dialog";
import { useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { Handshake, Plus, Settings, Trash2, Undo2, User, Users } from "lucide-react";
import { useState, type ReactNode } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { Kbd } from "../../components/Kbd";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { backend } from "../../ipc/backend";
import "../../components/dialog.css";
import "./palette.css";

type Action = { id: string; label: string; icon: ReactNode; keys: string[]; run: () => void };

export function CommandPalette({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="palette" aria-describedby={undefined}>
          <Dialog.Title className="visually-hidden">Command palette</Dialog.Title>
          {/* Mounted only while open, so each opening starts with an empty query. */}
          <PaletteBody close={() => onOpenChange(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PaletteBody({ close }: { close: () => void }) {
  const navigation = useNavigation();
  const undo = useUndo();
  const [query, setQuery] = useState("");
  const search = useDebouncedValue(query.trim(), 120);
  const contacts = useQuery({
    queryKey: ["contacts", search, "palette"],
    queryFn: () => backend.listContacts({ search, sort: "relevance", offset: 0, limit: 8 }),
    enabled: search.length >= 2,
  });

  const actions: Action[] = [
    { id: "go-contacts", label: "Go to Contacts", icon: <Users />, keys: ["G", "C"], run: () => navigation.go("contacts") },
    { id: "go-deals", label: "Go to deals", icon: <Handshake />, keys: ["G", "D"], run: () => navigation.go("deals") },
    { id: "new-deal", label: "New deal", icon: <Plus />, keys: [], run: navigation.newDeal },
    { id: "go-trash", label: "Go to Trash", icon: <Trash2 />, keys: ["G", "T"], run: () => navigation.go("trash") },
    { id: "go-settings", label: "Go to Settings", icon: <Settings />, keys: ["G", "S"], run: () => navigation.go("settings") },
    { id: "new-contact", label: "New contact", icon: <Plus />, keys: ["N"], run: navigation.newContact },
    { id: "undo", label: "Undo last change", icon: <Undo2 />, keys: ["Mod", "Z"], run: () => void undo() },
  ];
  const needle = query.trim().toLowerCase();
  const matchingActions = actions.filter((a) => a.label.toLowerCase().includes(needle));
  const contactRows = search.length >= 2 ? (contacts.data?.rows ?? []) : [];

  // Filtering is ours (shouldFilter is off), so the highlighted item follows the query: the first
  // match, unless the user moved the highlight since they last typed.
  const [picked, setPicked] = useState<{ query: string; value: string } | null>(null);
  const firstMatch = matchingActions[0]?.id ?? (contactRows[0] ? `contact-${contactRows[0].id}` : "");
  const highlighted = picked?.query === query ? picked.value : firstMatch;

  const runAndClose = (run: () => void) => () => {
    close();
    run();
  };

  return (
    <Command
      label="Command palette"
      shouldFilter={false}
      loop
      value={highlighted}
      onValueChange={(value) => setPicked({ query, value })}
    >
      <Command.Input
        className="palette__input"
        placeholder="Type a command or search contacts…"
        value={query}
        onValueChange={setQuery}
      />
      <Command.List className="palette__list">
        <Command.Empty className="palette__empty">
          {contacts.isFetching ? "Searching…" : `Nothing matches “${query}”`}
        </Command.Empty>
        {matchingActions.length > 0 && (
          <Command.Group heading="Actions" className="palette__group">
            {matchingActions.map((action) => (
              <Command.Item key={action.id} value={action.id} className="palette__item" onSelect={runAndClose(action.run)}>
                <span className="palette__icon" aria-hidden="true">
                  {action.icon}
                </span>
                <span className="palette__label">{action.label}</span>
                <Kbd keys={action.keys} />
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {contactRows.length > 0 && (
          <Command.Group heading="Contacts" className="palette__group">
            {contactRows.map((row) => (
              <Command.Item
                key={row.id}
                value={`contact-${row.id}`}
                className="palette__item"
                onSelect={runAndClose(() => navigation.openContact(row.id))}
              >
                <span className="palette__icon" aria-hidden="true">
                  <User />
                </span>
                <span className="palette__label">{row.name}</span>
                <span className="palette__meta">{row.company_name || row.email}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
      </Command.List>
    </Command>
  );
}
