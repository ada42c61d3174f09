// The proposal tab of a quote: its sections in an outline, the chosen one as a page to write on,
// and the printed PDF beside it. Edits save themselves; a sent or accepted quote is read-only.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, Eye, EyeOff, FileDown, LayoutTemplate, Lock } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { SaveStatusNote } from "../../components/SaveStatusNote";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { ProposalTemplate, QuoteDetail } from "../../ipc/bindings";
import { LibraryBlockDialog } from "./LibraryBlockDialog";
import { useExportProposalPdf, useProposalTemplates } from "./proposal-queries";
import { ProposalPreview } from "./ProposalPreview";
import { newSection } from "./section-kinds";
import { SectionList, sectionName, type AddChoice } from "./SectionList";
import { SectionPage } from "./SectionPage";
import { sameSections, useProposalDraft, type DraftSection } from "./use-proposal-draft";
import "../records/filter-menu.css";
import "./proposals.css";

export function ProposalEditor({ detail }: { detail: QuoteDetail }) {
  // Another quote (or a new revision of this one) is another draft.
  return <ProposalDraftEditor key={detail.quote.id} detail={detail} />;
}

/** Whether the sections are still exactly a template's (or none): replacing them then loses nothing. */
function untouched(sections: DraftSection[], templates: ProposalTemplate[]) {
  const unsaved = sections.map((s) => ({ ...s, id: "" }));
  return sections.length === 0 || templates.some((t) => sameSections(unsaved, t.sections));
}

function ProposalDraftEditor({ detail }: { detail: QuoteDetail }) {
  const quoteId = detail.quote.id;
  const readOnly = !detail.state.can_edit;
  const draft = useProposalDraft(detail);
  const templates = useProposalTemplates();
  const exportPdf = useExportProposalPdf();
  const toast = useToast();
  const [previewing, setPreviewing] = useState(false);
  const [pickingFromLibrary, setPickingFromLibrary] = useState(false);
  const [replacingWith, setReplacingWith] = useState<ProposalTemplate | null>(null);
  const [applying, setApplying] = useState(false);
  const selectedIndex = draft.sections.findIndex((s) => s.key === draft.selected?.key);
  /** New sections go after the one being edited. */
  const insertAt = selectedIndex < 0 ? draft.sections.length : selectedIndex + 1;

  function add(choice: AddChoice) {
    if (choice === "library") setPickingFromLibrary(true);
    else draft.insert(newSection(choice), insertAt);
  }

  function remove(section: DraftSection) {
    const index = draft.sections.indexOf(section);
    draft.remove(section.key);
    toast({ message: `Removed “${sectionName(section)}”`, action: { label: "Undo", onClick: () => draft.insert(section, index) } });
  }

  function chooseTemplate(template: ProposalTemplate) {
    if (untouched(draft.sections, templates.data ?? [])) void applyTemplate(template);
    else setReplacingWith(template);
  }

  async function applyTemplate(template: ProposalTemplate) {
    setApplying(true);
    try {
      await draft.flush();
      draft.replaceAll(await backend.applyProposalTemplate(quoteId, template.key));
      setReplacingWith(null);
    } catch (error) {
      toast({ message: toAppError(error).message, tone: "error" });
    } finally {
      setApplying(false);
    }
  }

  async function togglePreview() {
    if (!previewing) await draft.flush();
    setPreviewing((on) => !on);
  }

  async function exportToFile() {
    if (!(await draft.flush())) return;
    exportPdf.mutate(quoteId, {
      onSuccess: ({ path }) =>
        toast({
          message: `Exported the proposal to ${path}`,
          action: {
            label: "Show in folder",
            onClick: () => void backend.showFile(path).catch((error) => toast({ message: toAppError(error).message, tone: "error" })),
          },
        }),
      onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
    });
  }

  return (
    <div className={previewing ? "proposal proposal--previewing" : "proposal"}>
      <div className="proposal__bar">
        {!readOnly && (
          <DropdownMenu.Root modal={false}>
            <DropdownMenu.Trigger asChild>
              <button type="button" className="btn btn--small" disabled={!templates.data || applying}>
                <LayoutTemplate aria-hidden="true" />
                Template
                <ChevronDown aria-hidden="true" />
              </button>
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className="filter-menu proposal-templates" align="start" sideOffset={4}>
                {(templates.data ?? []).map((template) => (
                  <DropdownMenu.Item key={template.key} className="filter-menu__item proposal-templates__item" onSelect={() => chooseTemplate(template)}>
                    <span className="proposal-templates__name">{template.name}</span>
                    <span className="proposal-templates__description">{template.description}</span>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        )}
        <Button size="small" aria-pressed={previewing} onClick={() => void togglePreview()}>
          {previewing ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
          Preview
        </Button>
        <Button size="small" disabled={exportPdf.isPending} onClick={() => void exportToFile()}>
          <FileDown aria-hidden="true" />
          {exportPdf.isPending ? "Exporting…" : "Export PDF"}
        </Button>
        <span className="proposal__status">
          {readOnly ? (
            <span className="proposal-muted">
              <Lock size={12} aria-hidden="true" /> Read-only: this quote is {detail.state.status}, so its proposal stays as it is.
            </span>
          ) : (
            <SaveStatusNote status={draft.status} onRetry={() => void draft.flush()} />
          )}
        </span>
      </div>
      <div className="proposal__body">
        <SectionList
          sections={draft.sections}
          selectedKey={draft.selected?.key ?? null}
          readOnly={readOnly}
          onSelect={draft.select}
          onMove={draft.move}
          onRemove={remove}
          onAdd={add}
        />
        <div className="proposal__page-scroll">
          {draft.selected ? (
            <SectionPage section={draft.selected} readOnly={readOnly} onChange={(patch) => draft.update(draft.selected!.key, patch)} />
          ) : (
            <p className="proposal__nothing">
              {readOnly ? "This proposal has no sections." : "Pick a section on the left, add one, or start from a template."}
            </p>
          )}
        </div>
        {previewing && <ProposalPreview quoteId={quoteId} revision={draft.revision} />}
      </div>
      {pickingFromLibrary && (
        <LibraryBlockDialog onInsert={(section) => draft.insert(section, insertAt)} onClose={() => setPickingFromLibrary(false)} />
      )}
      <ConfirmDialog
        open={replacingWith !== null}
        onOpenChange={(open) => !open && setReplacingWith(null)}
        title={`Start over from “${replacingWith?.name ?? ""}”?`}
        description="The template replaces every section of this proposal, with the edits you made to them."
        confirmLabel="Replace sections"
        danger
        busy={applying}
        onConfirm={() => replacingWith && void applyTemplate(replacingWith)}
      />
    </div>
  );
}
