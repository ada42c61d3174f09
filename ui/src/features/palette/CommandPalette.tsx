// Ctrl/Cmd+K: jump anywhere, run an action, or find any person, company or deal as you type.
import * as Dialog from "@radix-ui/react-dialog";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { ArrowRight, Building2, CalendarCheck, CopyCheck, Handshake, Library, Megaphone, Plus, Settings, Trash2, Undo2, Upload, User, Users } from "lucide-react";
import { useState, type ReactNode } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { HighlightedText } from "../../components/HighlightedText";
import { Kbd } from "../../components/Kbd";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { SearchResults } from "../../ipc/bindings";
import { formatCount } from "../../components/intl-formats";
import "../../components/dialog.css";
import "./palette.css";

type Action = { id: string; label: string; icon: ReactNode; keys: string[]; run: () => void };
/** Results remember the text that found them, so a kept-previous answer is highlighted truthfully. */
type FoundResults = SearchResults & { search: string };

const minSearchLength = 2;

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

/** Search everywhere, under ["search"] so any record change refreshes an open palette. */
function useSearchEverything(search: string) {
  return useQuery({
    queryKey: ["search", search],
    queryFn: async (): Promise<FoundResults> => ({ ...(await backend.searchEverything(search)), search }),
    enabled: search.length >= minSearchLength,
    // The last answer stays on screen while the next one loads, so results never flicker to empty.
    placeholderData: keepPreviousData,
  });
}

function PaletteBody({ close }: { close: () => void }) {
  const navigation = useNavigation();
  const undo = useUndo();
  const { locale } = useDisplayFormat();
  const [query, setQuery] = useState("");
  const search = useDebouncedValue(query.trim(), 80);
  const results = useSearchEverything(search);

  const actions: Action[] = [
    { id: "go-today", label: "Go to Today", icon: <CalendarCheck />, keys: ["G", "H"], run: () => navigation.go("today") },
    { id: "new-task", label: "New task", icon: <Plus />, keys: [], run: () => navigation.newTask() },
    { id: "go-contacts", label: "Go to Contacts", icon: <Users />, keys: ["G", "C"], run: () => navigation.go("contacts") },
    { id: "go-companies", label: "Go to companies", icon: <Building2 />, keys: ["G", "O"], run: () => navigation.go("companies") },
    { id: "new-company", label: "New company", icon: <Plus />, keys: [], run: navigation.newCompany },
    { id: "go-deals", label: "Go to deals", icon: <Handshake />, keys: ["G", "D"], run: () => navigation.go("deals") },
    { id: "new-deal", label: "New deal", icon: <Plus />, keys: [], run: navigation.newDeal },
    { id: "go-campaigns", label: "Go to Campaigns", icon: <Megaphone />, keys: ["G", "M"], run: () => navigation.go("campaigns") },
    { id: "go-library", label: "Go to Library", icon: <Library />, keys: ["G", "L"], run: () => navigation.go("library") },
    { id: "go-trash", label: "Go to Trash", icon: <Trash2 />, keys: ["G", "T"], run: () => navigation.go("trash") },
    { id: "go-settings", label: "Go to Settings", icon: <Settings />, keys: ["G", "S"], run: () => navigation.go("settings") },
    { id: "new-contact", label: "New contact", icon: <Plus />, keys: ["N"], run: navigation.newContact },
    { id: "find-duplicates", label: "Find duplicate contacts", icon: <CopyCheck />, keys: [], run: () => navigation.go("duplicates") },
    { id: "import-contacts", label: "Import contacts…", icon: <Upload />, keys: [], run: () => navigation.go("imports") },
    { id: "undo", label: "Undo last change", icon: <Undo2 />, keys: ["Mod", "Z"], run: () => void undo() },
  ];
  const needle = query.trim().toLowerCase();
  const matchingActions = actions.filter((a) => a.label.toLowerCase().includes(needle));

  // Below two characters there is nothing to search for; an older answer must not linger.
  const found = query.trim().length >= minSearchLength ? results.data : undefined;
  const people = found?.contacts.rows ?? [];
  const companies = found?.companies.rows ?? [];
  const deals = found?.deals.rows ?? [];
  const marked = found?.search ?? "";

  // Filtering is ours (shouldFilter is off), so the highlighted item follows the query: the first
  // match, unless the user moved the highlight since they last typed.
  const [picked, setPicked] = useState<{ query: string; value: string } | null>(null);
  const firstMatch =
    matchingActions[0]?.id ??
    (people[0] ? `contact-${people[0].id}` : companies[0] ? `company-${companies[0].id}` : deals[0] ? `deal-${deals[0].id}` : "");
  const highlighted = picked?.query === query ? picked.value : firstMatch;

  const runAndClose = (run: () => void) => () => {
    close();
    run();
  };
  const searching = query.trim().length >= minSearchLength && (results.isFetching || search !== query.trim());

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
        placeholder="Search people, companies, deals, or type a command…"
        value={query}
        onValueChange={setQuery}
      />
      {/* Outside the listbox: a listbox may only hold options. */}
      {results.isError && query.trim().length >= minSearchLength && (
        <p className="palette__error" role="alert">
          Couldn’t search: {toAppError(results.error).message}
        </p>
      )}
      <Command.List className="palette__list">
        <Command.Empty className="palette__empty">
          {searching
            ? "Searching…"
            : results.isError
              ? "Try again in a moment, or check the words you typed."
              : `Nothing matches “${query}”. Try part of a name, an e-mail, a domain or a phone number.`}
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
        {found && people.length > 0 && (
          <Command.Group heading={`People · ${formatCount(found.contacts.total, locale)}`} className="palette__group">
            {people.map((row) => (
              <RecordItem
                key={row.id}
                value={`contact-${row.id}`}
                icon={<User />}
                title={row.name}
                detail={[row.email, row.company_name].filter(Boolean).join(" · ")}
                search={marked}
                onSelect={runAndClose(() => navigation.openContact(row.id))}
              />
            ))}
            <Command.Item
              value="see-all-contacts"
              className="palette__item palette__item--more"
              onSelect={runAndClose(() => navigation.searchContacts(found.search))}
            >
              <span className="palette__icon" aria-hidden="true">
                <ArrowRight />
              </span>
              <span className="palette__label">
                See all {formatCount(found.contacts.total, locale)} {found.contacts.total === 1 ? "person" : "people"}
              </span>
            </Command.Item>
          </Command.Group>
        )}
        {found && companies.length > 0 && (
          <Command.Group heading={`Companies · ${formatCount(found.companies.total, locale)}`} className="palette__group">
            {companies.map((row) => (
              <RecordItem
                key={row.id}
                value={`company-${row.id}`}
                icon={<Building2 />}
                title={row.name}
                detail={[row.domain, row.industry].filter(Boolean).join(" · ")}
                search={marked}
                onSelect={runAndClose(() => navigation.openCompany(row.id))}
              />
            ))}
          </Command.Group>
        )}
        {found && deals.length > 0 && (
          <Command.Group heading={`Deals · ${formatCount(found.deals.total, locale)}`} className="palette__group">
            {deals.map((row) => (
              <RecordItem
                key={row.id}
                value={`deal-${row.id}`}
                icon={<Handshake />}
                title={row.name}
                detail={[row.stage_name, formatMoney(row.amount, row.currency, locale), row.company_name].filter(Boolean).join(" · ")}
                search={marked}
                onSelect={runAndClose(() => navigation.openDeal(row.id))}
              />
            ))}
          </Command.Group>
        )}
      </Command.List>
    </Command>
  );
}

function RecordItem({
  value,
  icon,
  title,
  detail,
  search,
  onSelect,
}: {
  value: string;
  icon: ReactNode;
  title: string;
  detail: string;
  search: string;
  onSelect: () => void;
}) {
  return (
    <Command.Item value={value} className="palette__item palette__item--record" onSelect={onSelect}>
      <span className="palette__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="palette__text">
        <span className="palette__label">
          <HighlightedText text={title} search={search} />
        </span>
        {detail && (
          <span className="palette__detail">
            <HighlightedText text={detail} search={search} />
          </span>
        )}
      </span>
    </Command.Item>
  );
}
