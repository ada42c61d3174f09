// Step 1: drop or pick a CSV, TSV or vCard file; the backend reads it and detects how it is written.
import { AlertTriangle, FileUp, Loader2 } from "lucide-react";
import { useId, useRef, useState, type DragEvent } from "react";
import { Button } from "../../components/Button";
import { toAppError } from "../../ipc/app-error";
import type { StagedFile } from "../../ipc/bindings";
import { useStageImport } from "./import-queries";
import { StepHeading } from "./StepHeading";

export function ChooseFileStep({ focusHeading, onStaged }: { focusHeading: boolean; onStaged: (file: StagedFile) => void }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const stage = useStageImport();
  const [dragging, setDragging] = useState(false);
  const [chosenName, setChosenName] = useState("");

  function read(file: File | undefined) {
    if (!file || stage.isPending) return;
    setChosenName(file.name);
    stage.mutate(file, { onSuccess: onStaged });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    read(event.dataTransfer.files[0]);
  }

  const failure = stage.isError ? toAppError(stage.error) : null;

  return (
    <div className="import-step">
      <StepHeading focus={focusHeading}>Choose a file</StepHeading>
      <p className="import-step__lead">
        Bring your contacts over from HubSpot, Salesforce, Pipedrive, a spreadsheet or an address book. You’ll check
        every column and see exactly what will happen before anything is written.
      </p>
      <div
        className="import-drop"
        data-dragging={dragging || undefined}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <span className="import-drop__icon" aria-hidden="true">
          {stage.isPending ? <Loader2 size={18} className="import-spin" /> : <FileUp size={18} />}
        </span>
        {stage.isPending ? (
          <p className="import-drop__title" role="status">
            Reading {chosenName}…
          </p>
        ) : (
          <>
            <p className="import-drop__title">Drop a file here, or</p>
            <span className="import-drop__picker">
              <label htmlFor={inputId} className="btn btn--primary">
                Choose a file to import
              </label>
              <input
                ref={input}
                id={inputId}
                type="file"
                accept=".csv,.tsv,.txt,.vcf"
                className="import-drop__input"
                onChange={(e) => {
                  read(e.target.files?.[0]);
                  // Choosing the same file again (after fixing it) must fire another change.
                  e.target.value = "";
                }}
              />
            </span>
          </>
        )}
        <p className="import-drop__hint">
          CSV or TSV (comma, semicolon or tab separated; UTF-8 or Windows encodings) or vCard (.vcf). Up to 50 MB.
        </p>
      </div>
      {failure && !stage.isPending && (
        <div className="import-problem" role="alert">
          <AlertTriangle size={16} aria-hidden="true" className="import-problem__icon" />
          <div className="import-problem__text">
            <p className="import-problem__title">Couldn’t read {chosenName || "this file"}</p>
            <p>{failure.message}</p>
          </div>
          <Button
            size="small"
            onClick={() => {
              stage.reset();
              input.current?.focus();
              input.current?.click();
            }}
          >
            Choose another file
          </Button>
        </div>
      )}
    </div>
  );
}
