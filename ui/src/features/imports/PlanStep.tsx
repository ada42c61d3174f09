// Step 3: what to do with people already in Tandem, and the dry run of the whole file.
import { ArrowLeft, CheckCircle2, ChevronRight, Upload } from "lucide-react";
import { useId, useMemo, useState, type ReactNode } from "react";
import { Button } from "../../components/Button";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { RadioChoices, type RadioChoice } from "../../components/RadioChoices";
import { useDebouncedValue } from "../../components/use-debounced-value";
import type { DuplicatePolicy, ImportLine, ImportPlan, ImportRequest, Mapping, StagedFile } from "../../ipc/bindings";
import { matchedByText } from "./import-labels";
import { useImportPreview } from "./import-queries";
import { StepHeading } from "./StepHeading";
import { formatCount } from "../../components/intl-formats";

const policies: RadioChoice<DuplicatePolicy>[] = [
  { value: "skip", label: "Skip them", hint: "Leave the contacts you have as they are." },
  { value: "update", label: "Update them with the file’s values", hint: "Empty cells in the file never clear a value." },
  { value: "create", label: "Create them anyway", hint: "You can merge duplicates later from Contacts." },
];

const matchOutcome: Record<DuplicatePolicy, string> = {
  skip: "These lines will be skipped.",
  update: "These contacts will be updated with the file’s values.",
  create: "These lines will be created as new contacts anyway.",
};

export function PlanStep({
  focusHeading,
  file,
  mapping,
  duplicates,
  onDuplicatesChange,
  onBack,
  onImport,
}: {
  focusHeading: boolean;
  file: StagedFile;
  mapping: Mapping;
  duplicates: DuplicatePolicy;
  onDuplicatesChange: (policy: DuplicatePolicy) => void;
  /** Back to the mapping; absent for vCard files, which have none. */
  onBack?: () => void;
  onImport: () => void;
}) {
  const { locale } = useDisplayFormat();
  const request = useMemo<ImportRequest>(
    () => ({ file_id: file.file_id, mapping, duplicates }),
    [file.file_id, mapping, duplicates],
  );
  const asked = useDebouncedValue(request, 250);
  const preview = useImportPreview(asked);
  const plan = preview.data;
  const current = asked === request && !preview.isPlaceholderData && !preview.isFetching;
  const writes = plan ? plan.create + plan.update : 0;

  return (
    <div className="import-step">
      <StepHeading focus={focusHeading}>Review before importing</StepHeading>
      <RadioChoices
        legend="Contacts that are already in Tandem"
        hint="A line matches an existing contact by e-mail, then phone, then name at the same company."
        choices={policies}
        value={duplicates}
        onValueChange={onDuplicatesChange}
      />

      {preview.isError ? (
        <ErrorState title="Couldn’t check the file" error={preview.error} onRetry={() => void preview.refetch()} />
      ) : !plan ? (
        <div className="import-plan import-plan--loading" aria-busy="true" aria-label="Checking the file">
          <p className="muted" role="status">
            Checking {file.file_name} against your contacts…
          </p>
          <span className="skeleton" style={{ width: "45%", height: 20 }} />
          <span className="skeleton" style={{ width: "70%" }} />
        </div>
      ) : (
        <div className="import-plan" aria-busy={!current}>
          <p className="import-plan__totals" data-testid="plan-totals">
            <span>
              Will create <strong className="tabular">{formatCount(plan.create, locale)}</strong>
            </span>
            {" "}
            <span aria-hidden="true" className="import-plan__dot">·</span>{" "}
            <span>
              update <strong className="tabular">{formatCount(plan.update, locale)}</strong>
            </span>
            {" "}
            <span aria-hidden="true" className="import-plan__dot">·</span>{" "}
            <span>
              skip <strong className="tabular">{formatCount(plan.skip, locale)}</strong>
            </span>
            {!current && <span className="import-plan__updating">Updating…</span>}
          </p>
          <PlanDetails plan={plan} duplicates={duplicates} />
        </div>
      )}

      <div className="import-step__actions">
        {onBack && (
          <Button onClick={onBack}>
            <ArrowLeft aria-hidden="true" />
            Back to columns
          </Button>
        )}
        <span className="screen-header__spacer" />
        <span className="import-step__reassure">Nothing is written until you press Import.</span>
        <Button variant="primary" disabled={!plan || !current || writes === 0} onClick={onImport}>
          <Upload aria-hidden="true" />
          {`Import ${writes} ${writes === 1 ? "contact" : "contacts"}`}
        </Button>
      </div>
    </div>
  );
}

function PlanDetails({ plan, duplicates }: { plan: ImportPlan; duplicates: DuplicatePolicy }) {
  return (
    <div className="import-plan__details">
      {plan.problem_count === 0 ? (
        <p className="import-plan__clean">
          <CheckCircle2 size={15} aria-hidden="true" />
          No problems: every line can be imported.
        </p>
      ) : (
        <Disclosure title="Problems" count={plan.problem_count} defaultOpen tone="danger">
          <p className="import-plan__explain">These lines won’t be imported. Fix them in the file and import it again.</p>
          <LineList label="Problems" lines={plan.problems} />
          <More total={plan.problem_count} shown={plan.problems.length} />
        </Disclosure>
      )}
      {plan.match_count > 0 && (
        <Disclosure title="Matches existing contacts" count={plan.match_count}>
          <p className="import-plan__explain">{matchOutcome[duplicates]}</p>
          <table className="import-table import-matches" aria-label="Matches existing contacts">
            <thead>
              <tr>
                <th scope="col" className="num">Line</th>
                <th scope="col">In the file</th>
                <th scope="col">Matched by</th>
                <th scope="col">Existing contact</th>
              </tr>
            </thead>
            <tbody>
              {plan.matches.map((m) => (
                <tr key={m.line}>
                  <td className="num tabular">{m.line}</td>
                  <td>{m.name}</td>
                  <td className="muted">{matchedByText[m.matched_by]}</td>
                  <td>{m.existing}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <More total={plan.match_count} shown={plan.matches.length} />
        </Disclosure>
      )}
      {plan.warning_count > 0 && (
        <Disclosure title="Notes" count={plan.warning_count}>
          <p className="import-plan__explain">These lines will be imported, with something to know about.</p>
          <LineList label="Notes" lines={plan.warnings} />
          <More total={plan.warning_count} shown={plan.warnings.length} />
        </Disclosure>
      )}
    </div>
  );
}

function LineList({ label, lines }: { label: string; lines: ImportLine[] }) {
  return (
    <ul className="import-lines" aria-label={label}>
      {lines.map((l, i) => (
        <li key={`${l.line}-${i}`}>
          <span className="import-lines__line tabular">Line {l.line}:</span> {l.message}
        </li>
      ))}
    </ul>
  );
}

function More({ total, shown }: { total: number; shown: number }) {
  const { locale } = useDisplayFormat();
  if (total <= shown) return null;
  return <p className="import-plan__more">and {formatCount(total - shown, locale)} more</p>;
}

function Disclosure({
  title,
  count,
  defaultOpen = false,
  tone,
  children,
}: {
  title: string;
  count: number;
  defaultOpen?: boolean;
  tone?: "danger";
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const { locale } = useDisplayFormat();
  return (
    <section className="import-disclosure">
      <h3 className="import-disclosure__heading">
        <button
          type="button"
          className={`import-disclosure__toggle${tone === "danger" ? " import-disclosure__toggle--danger" : ""}`}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          <ChevronRight size={14} aria-hidden="true" className="import-disclosure__chevron" />
          {title} ({formatCount(count, locale)})
        </button>
      </h3>
      <div id={bodyId} className="import-disclosure__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
