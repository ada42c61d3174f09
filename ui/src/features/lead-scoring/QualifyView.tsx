// The BANT qualification view for sellers: leads (lead, MQL, SQL), mine by default, with the four
// answers as columns and the missing ones marked. Enter opens a lead's answers with the first
// missing one focused; Tab moves through them; Ctrl/Cmd+Enter saves and opens the next lead.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { toAppError } from "../../ipc/app-error";
import type { Bant, BantStatus, LeadToQualify } from "../../ipc/bindings";
import { bantQuestions, bantStatusLabels, bantStatusOptions, lifecycleLabels } from "../contacts/qualification";
import { useLeadsToQualify, useSaveContactBant } from "./lead-scoring-queries";
import "./lead-scoring.css";

const missing = (status: BantStatus) => status !== "confirmed";

export function QualifyView({ onClose }: { onClose?: () => void }) {
  const [mineOnly, setMineOnly] = useState(true);
  const [missingOnly, setMissingOnly] = useState(false);
  const leads = useLeadsToQualify({ mine_only: mineOnly, missing_only: missingOnly });
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const rows = leads.data ?? [];

  function onKeyDown(event: KeyboardEvent) {
    if (editing) return;
    if (event.key === "ArrowDown" || event.key === "j") setSelected((i) => Math.min(i + 1, rows.length - 1));
    else if (event.key === "ArrowUp" || event.key === "k") setSelected((i) => Math.max(i - 1, 0));
    else if (event.key === "Enter" && rows[selected]) setEditing(rows[selected].id);
    else if (event.key === "Escape" && onClose) onClose();
    else return;
    event.preventDefault();
  }

  function savedAndNext(id: string) {
    const at = rows.findIndex((l) => l.id === id);
    const next = rows[at + 1];
    setSelected(Math.min(at + 1, rows.length - 1));
    setEditing(next ? next.id : null);
    if (!next) table.current?.focus();
  }

  return (
    <section className="qualify" aria-labelledby="qualify-title">
      <header className="screen-header">
        <h1 id="qualify-title" className="screen-header__title">Qualify leads</h1>
        <span className="screen-header__spacer" />
        {onClose && <Button onClick={onClose}>Back to contacts</Button>}
      </header>
      <div className="qualify__controls">
        <label><input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} /> Only my leads</label>
        <label><input type="checkbox" checked={missingOnly} onChange={(e) => setMissingOnly(e.target.checked)} /> Missing any answer</label>
        <span className="field__hint">Enter opens a lead · Tab moves between answers · Ctrl+Enter saves and opens the next</span>
      </div>
      <div className="qualify__body">
        {leads.isPending ? (
          <p aria-busy="true">Loading leads…</p>
        ) : leads.isError ? (
          <ErrorState title="Couldn’t load the leads" error={leads.error} onRetry={() => void leads.refetch()} />
        ) : rows.length === 0 ? (
          mineOnly ? (
            <EmptyState
              title="You own no leads to qualify"
              action={<Button onClick={() => setMineOnly(false)}>Show everyone’s leads</Button>}
            >
              Leads, MQLs and SQLs you own show here with their BANT answers.
            </EmptyState>
          ) : (
            <EmptyState title="No leads to qualify">Leads, MQLs and SQLs show here with their BANT answers.</EmptyState>
          )
        ) : (
          <table ref={table} className="qualify__table" tabIndex={0} onKeyDown={onKeyDown} aria-label="Leads to qualify" role="grid">
            <thead>
              <tr>
                <th>Lead</th>
                <th>Stage</th>
                <th className="tabular">Score</th>
                {bantQuestions.map((q) => <th key={q.key}>{q.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((lead, i) => (
                <LeadRows key={lead.id} lead={lead} selected={i === selected} editing={editing === lead.id}
                  onOpen={() => { setSelected(i); setEditing(lead.id); }}
                  onCancel={() => { setEditing(null); table.current?.focus(); }}
                  onSaved={() => savedAndNext(lead.id)} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

function LeadRows({ lead, selected, editing, onOpen, onCancel, onSaved }: {
  lead: LeadToQualify; selected: boolean; editing: boolean; onOpen: () => void; onCancel: () => void; onSaved: () => void;
}) {
  return (
    <>
      <tr className="qualify__row" aria-selected={selected} onClick={onOpen}>
        <td>{lead.name}<div className="field__hint">{[lead.title, lead.company_name].filter(Boolean).join(" · ")}</div></td>
        <td>{lifecycleLabels[lead.lifecycle_stage]}</td>
        <td className="tabular">{lead.score ?? "—"}</td>
        {bantQuestions.map((q) => {
          const status = lead.bant[q.key].status;
          return (
            <td key={q.key} className={missing(status) ? "qualify__missing" : undefined} data-missing={missing(status) || undefined}>
              {bantStatusLabels[status]}
            </td>
          );
        })}
      </tr>
      {editing && (
        <tr>
          <td colSpan={3 + bantQuestions.length}>
            <BantForm lead={lead} onCancel={onCancel} onSaved={onSaved} />
          </td>
        </tr>
      )}
    </>
  );
}

function BantForm({ lead, onCancel, onSaved }: { lead: LeadToQualify; onCancel: () => void; onSaved: () => void }) {
  const [bant, setBant] = useState<Bant>(lead.bant);
  const save = useSaveContactBant();
  const firstMissing = bantQuestions.find((q) => missing(lead.bant[q.key].status))?.key ?? "budget";
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  function submit() {
    save.mutate({ contactId: lead.id, bant }, { onSuccess: onSaved });
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form className="qualify__form" aria-label={`BANT of ${lead.name}`} onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {bantQuestions.map((q) => (
        <div key={q.key} style={{ display: "contents" }}>
          <label htmlFor={`bant-${lead.id}-${q.key}`}>{q.label}</label>
          <select id={`bant-${lead.id}-${q.key}`} className="input" ref={q.key === firstMissing ? first : undefined}
            value={bant[q.key].status} onChange={(e) => setBant({ ...bant, [q.key]: { ...bant[q.key], status: e.target.value as BantStatus } })}>
            {bantStatusOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
          <input className="input" aria-label={`${q.label} note`} value={bant[q.key].note}
            onChange={(e) => setBant({ ...bant, [q.key]: { ...bant[q.key], note: e.target.value } })} />
        </div>
      ))}
      <div className="qualify__form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>Save and next</Button>
        <Button onClick={onCancel}>Cancel</Button>
        {save.isError && <span className="field__error" role="alert">{toAppError(save.error).message}</span>}
      </div>
    </form>
  );
}
