// Step 4: the import's progress and cancel, then how it went, with undo right there.
import { ArrowLeft, CheckCircle2, Undo2, Users, XCircle } from "lucide-react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { useDisplayFormat } from "../../components/format-context";
import { toAppError } from "../../ipc/app-error";
import type { AppError, ImportProgress, ImportRecord } from "../../ipc/bindings";
import { useUndoImport } from "./import-queries";
import { UndoReport } from "./UndoReport";
import { StepHeading } from "./StepHeading";
import { formatCount } from "../../components/intl-formats";

export function ImportRunning({
  focusHeading,
  progress,
  recordCount,
  cancelling,
  onCancel,
}: {
  focusHeading: boolean;
  progress: ImportProgress | null;
  recordCount: number;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { locale } = useDisplayFormat();
  const total = progress?.total ?? recordCount;
  const done = Math.min(progress?.done ?? 0, total);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const text = `${formatCount(done, locale)} of ${formatCount(total, locale)} lines`;
  return (
    <div className="import-step">
      <StepHeading focus={focusHeading}>Importing contacts…</StepHeading>
      <p className="import-step__lead">
        The import is written as one step: if you cancel, nothing is kept. You can undo a finished import from here
        or from the import history.
      </p>
      <div className="import-progress">
        <div
          className="import-progress__track"
          role="progressbar"
          aria-label="Importing"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={text}
        >
          <div className="import-progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <div className="import-progress__meta">
          <span className="tabular muted">{text}</span>
          <span className="tabular muted">{percent}%</span>
        </div>
      </div>
      <div className="import-step__actions">
        <Button onClick={onCancel} disabled={cancelling}>
          {cancelling ? "Cancelling…" : "Cancel"}
        </Button>
      </div>
    </div>
  );
}

export function ImportCancelled({
  focusHeading,
  onReview,
  onChooseAnother,
}: {
  focusHeading: boolean;
  onReview: () => void;
  onChooseAnother: () => void;
}) {
  return (
    <div className="import-step">
      <div className="import-outcome">
        <XCircle size={20} aria-hidden="true" className="import-outcome__icon" />
        <StepHeading focus={focusHeading}>Import cancelled — nothing was imported.</StepHeading>
      </div>
      <p className="import-step__lead">The file is still open: review it and import again, or choose another file.</p>
      <div className="import-step__actions">
        <Button onClick={onReview}>
          <ArrowLeft aria-hidden="true" />
          Back to review
        </Button>
        <Button onClick={onChooseAnother}>Choose another file</Button>
      </div>
    </div>
  );
}

export function ImportFailed({
  focusHeading,
  error,
  onReview,
  onChooseAnother,
}: {
  focusHeading: boolean;
  error: AppError;
  onReview: () => void;
  onChooseAnother: () => void;
}) {
  return (
    <div className="import-step">
      <div className="import-outcome">
        <XCircle size={20} aria-hidden="true" className="import-outcome__icon import-outcome__icon--danger" />
        <StepHeading focus={focusHeading}>The import didn’t finish</StepHeading>
      </div>
      <FailureBanner message={error.message} />
      <p className="import-step__lead">
        Nothing was imported: an import is written as one step, so your contacts are as they were.
      </p>
      <div className="import-step__actions">
        <Button onClick={onReview}>
          <ArrowLeft aria-hidden="true" />
          Back to review
        </Button>
        <Button onClick={onChooseAnother}>Choose another file</Button>
      </div>
    </div>
  );
}

export function ImportDone({
  focusHeading,
  record,
  onViewContacts,
  onImportAnother,
}: {
  focusHeading: boolean;
  record: ImportRecord;
  onViewContacts: () => void;
  onImportAnother: () => void;
}) {
  const { locale } = useDisplayFormat();
  const undo = useUndoImport();
  const undone = undo.isSuccess;
  return (
    <div className="import-step">
      <div className="import-outcome">
        <CheckCircle2 size={20} aria-hidden="true" className="import-outcome__icon import-outcome__icon--success" />
        <StepHeading focus={focusHeading}>Import complete</StepHeading>
      </div>
      <p className="import-plan__totals" data-testid="import-summary">
        <span>
          Created <strong className="tabular">{formatCount(record.created, locale)}</strong>
        </span>
        <span className="import-plan__dot" aria-hidden="true">
          ·
        </span>
        <span>
          updated <strong className="tabular">{formatCount(record.updated, locale)}</strong>
        </span>
        <span className="import-plan__dot" aria-hidden="true">
          ·
        </span>
        <span>
          skipped <strong className="tabular">{formatCount(record.skipped, locale)}</strong>
        </span>
      </p>
      {undo.data && <UndoReport report={undo.data} />}
      <FailureBanner message={undo.isError ? toAppError(undo.error).message : null} />
      <div className="import-step__actions">
        <Button variant="primary" onClick={onViewContacts}>
          <Users aria-hidden="true" />
          View contacts
        </Button>
        {!undone && (
          <Button disabled={undo.isPending} onClick={() => undo.mutate(record.id)}>
            <Undo2 aria-hidden="true" />
            {undo.isPending ? "Undoing…" : "Undo this import"}
          </Button>
        )}
        <Button variant="ghost" onClick={onImportAnother}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
