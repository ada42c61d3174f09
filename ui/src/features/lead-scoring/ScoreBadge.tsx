// A contact's lead score with its reasons: "63 · MQL", opening to "+20 VP title, +15 budget confirmed…".
import { Gauge } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { qualificationLabels, reasonText } from "./scoring-words";
import { useContactScore } from "./lead-scoring-queries";
import "./lead-scoring.css";

export function ScoreBadge({ contactId }: { contactId: string }) {
  const score = useContactScore(contactId);
  const [open, setOpen] = useState(false);
  if (!score.data) return null;
  const { total, qualification, reasons } = score.data;
  const listId = `score-reasons-${contactId}`;
  return (
    <div className="score-badge">
      <Button size="small" variant="ghost" className="score-badge__button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <Gauge aria-hidden="true" />
        <span>
          Score <span className="score-badge__total tabular">{total}</span>
          {qualification && ` · ${qualificationLabels[qualification]}`}
        </span>
      </Button>
      {open && (
        <ul id={listId} className="score-badge__reasons" aria-label="Why this score">
          {reasons.length === 0 && <li>No rule gives points yet.</li>}
          {reasons.map((r) => (
            <li key={r.rule_id + r.label} className={r.points < 0 ? "score-badge__reason--down tabular" : "tabular"}>
              {reasonText(r)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
