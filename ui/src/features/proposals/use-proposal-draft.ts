// The proposal's sections as the editor holds them while typing: each change is shown at once and
// saved (whole, in order) a moment later. New sections get their ids from the save's answer.
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { movedRow } from "../../components/moved-row";
import { useAutosave } from "../../components/use-autosave";
import { backend } from "../../ipc/backend";
import type { ProposalSection, QuoteDetail } from "../../ipc/bindings";
import { usePublishQuote } from "./proposal-queries";

/** A section with a key that stays the same before and after its first save gives it an id. */
export type DraftSection = ProposalSection & { key: string };

let lastKey = 0;
const keyed = (section: ProposalSection): DraftSection => ({ ...section, key: section.id || `new-${++lastKey}` });
const stored = ({ key: _key, ...section }: DraftSection): ProposalSection => section;

const sameContent = (a: ProposalSection, b: ProposalSection) =>
  a.id === b.id && a.kind === b.kind && a.title === b.title && a.body === b.body && a.content_item_id === b.content_item_id;
export const sameSections = (a: readonly ProposalSection[], b: readonly ProposalSection[]) =>
  a.length === b.length && a.every((section, i) => sameContent(section, b[i]!));

export function useProposalDraft(detail: QuoteDetail) {
  const quoteId = detail.quote.id;
  const publish = usePublishQuote();
  const [sections, setSections] = useState(() => detail.sections.map(keyed));
  const [selectedKey, setSelectedKey] = useState<string | null>(() => sections[0]?.key ?? null);
  /** Goes up after every save: what the preview refreshes on. */
  const [revision, setRevision] = useState(0);

  /** Ids given to new sections by earlier saves, for edits made while those saves ran. */
  const givenIds = useRef(new Map<string, string>());

  const write = useCallback(
    async (draft: DraftSection[]) => {
      const sent = draft.map((s) => (s.id ? s : { ...s, id: givenIds.current.get(s.key) ?? "" }));
      const saved = await backend.saveProposal(quoteId, sent.map(stored));
      // The answer lists the sections in the order sent; new ones now have ids.
      if (saved.sections.length === sent.length) {
        sent.forEach((section, i) => givenIds.current.set(section.key, saved.sections[i]!.id));
        setSections((current) => current.map((s) => (s.id ? s : { ...s, id: givenIds.current.get(s.key) ?? "" })));
      }
      setRevision((n) => n + 1);
      publish(saved);
    },
    [quoteId, publish],
  );
  const autosave = useAutosave(write);
  const busy = autosave.status.state === "pending" || autosave.status.state === "saving";

  // Someone else's change (another device, a template applied elsewhere) shows when nothing here is unsaved.
  const [seen, setSeen] = useState(detail.sections);
  if (seen !== detail.sections) {
    setSeen(detail.sections);
    if (!busy && !sameSections(detail.sections, sections)) {
      const next = detail.sections.map(keyed);
      setSections(next);
      if (!next.some((s) => s.key === selectedKey)) setSelectedKey(next[0]?.key ?? null);
    }
  }

  // Edits can come from callbacks made renders ago (a toast's Undo, the editor's onUpdate), so
  // they apply to the latest sections, not to the ones their render saw.
  const latest = useRef(sections);
  useLayoutEffect(() => {
    latest.current = sections;
  }, [sections]);
  const change = (edit: (current: DraftSection[]) => DraftSection[]) => {
    const next = edit(latest.current);
    latest.current = next;
    setSections(next);
    autosave.schedule(next);
  };

  return {
    sections,
    selected: sections.find((s) => s.key === selectedKey) ?? null,
    select: setSelectedKey,
    revision,
    status: autosave.status,
    flush: autosave.flush,
    update: (key: string, patch: Partial<Pick<ProposalSection, "title" | "body">>) =>
      change((current) => current.map((s) => (s.key === key ? { ...s, ...patch } : s))),
    move: (index: number, step: -1 | 1) => change((current) => movedRow(current, index, step)),
    remove: (key: string) => {
      const index = latest.current.findIndex((s) => s.key === key);
      change((current) => current.filter((s) => s.key !== key));
      const next = latest.current;
      setSelectedKey((selected) => (selected === key ? ((next[index] ?? next[index - 1])?.key ?? null) : selected));
    },
    /** Adds a section (or puts a removed one back) at `index`, and selects it. */
    insert: (section: ProposalSection | DraftSection, index: number) => {
      const added = "key" in section ? section : keyed(section);
      setSelectedKey(added.key);
      change((current) => [...current.slice(0, index), added, ...current.slice(index)]);
    },
    /** After a template replaced every section on the backend. */
    replaceAll: (saved: QuoteDetail) => {
      const next = saved.sections.map(keyed);
      latest.current = next;
      setSections(next);
      setSelectedKey(next[0]?.key ?? null);
      setRevision((n) => n + 1);
      publish(saved);
    },
  };
}

export type ProposalDraft = ReturnType<typeof useProposalDraft>;
