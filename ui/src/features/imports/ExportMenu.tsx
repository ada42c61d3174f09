// The Contacts header's "Export" menu: the list as it is shown (search and filter) to CSV or vCard.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, Download, Loader2 } from "lucide-react";
import { useDisplayFormat } from "../../components/format-context";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { ExportFormat, RecordFilter } from "../../ipc/bindings";
import { emptyFilter, isFilterActive } from "../records/empty-filter";
import { useExportContacts } from "./import-queries";
import { countOf } from "../../components/intl-formats";
import "../records/filter-menu.css";
import "./export-menu.css";

const formats: { value: ExportFormat; label: string; hint: string }[] = [
  { value: "csv", label: "Export CSV", hint: "Opens in Excel, Numbers, Sheets and other CRMs" },
  { value: "v_card", label: "Export vCard", hint: "For address books and phones" },
];

export function ExportMenu({
  search,
  filter = emptyFilter,
  count,
}: {
  /** The search the list currently shows. */
  search: string;
  /** The filter the list currently shows; left out, every contact matching the search is exported. */
  filter?: RecordFilter;
  /** How many contacts the list shows, for the toast; unknown while it loads. */
  count: number | undefined;
}) {
  const { locale } = useDisplayFormat();
  const toast = useToast();
  const exportContacts = useExportContacts();
  const empty = count === 0;

  function run(format: ExportFormat) {
    exportContacts.mutate(
      { format, search, filter },
      {
        onSuccess: ({ path }) =>
          toast({
            message:
              count === undefined
                ? `Exported contacts to ${path}`
                : `Exported ${countOf(count, locale, "contact", "contacts")} to ${path}`,
          }),
        onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
      },
    );
  }

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button
          type="button"
          className="btn"
          disabled={exportContacts.isPending || empty}
          title={empty ? "Nothing to export: the list is empty" : "Export the contacts shown"}
        >
          {/* The label may be hidden (a narrow header): the icon shows the export running too. */}
          {exportContacts.isPending ? <Loader2 className="import-spin" aria-hidden="true" /> : <Download aria-hidden="true" />}
          <span className="btn__label btn__label--wide-only">{exportContacts.isPending ? "Exporting…" : "Export"}</span>
          <ChevronDown aria-hidden="true" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="filter-menu export-menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="filter-menu__note">
            {count === undefined
              ? "Exports the contacts the list shows."
              : `Exports the ${countOf(count, locale, "contact", "contacts")} the list shows${search || isFilterActive(filter) ? ", with its search and filters" : ""}.`}
          </DropdownMenu.Label>
          {formats.map((f) => (
            <DropdownMenu.Item key={f.value} className="filter-menu__item export-menu__item" onSelect={() => run(f.value)}>
              <span className="export-menu__label">{f.label}</span>
              <span className="export-menu__hint">{f.hint}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
