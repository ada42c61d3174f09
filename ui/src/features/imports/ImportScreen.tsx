// Import contacts from a CSV or vCard file: choose, map columns, check the dry run, import, undo.
import { ArrowLeft, Check } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { AppError, DuplicatePolicy, ImportProgress, ImportRecord, Mapping, StagedFile } from "../../ipc/bindings";
import { onImportProgress } from "../../ipc/events";
import { ChooseFileStep } from "./ChooseFileStep";
import { FileSummary } from "./FileSummary";
import { ImportHistory } from "./ImportHistory";
import { MapColumnsStep } from "./MapColumnsStep";
import { PlanStep } from "./PlanStep";
import { ImportCancelled, ImportDone, ImportFailed, ImportRunning } from "./RunStep";
import { formatCount } from "../../components/intl-formats";
import "./imports.css";

type Phase =
  | { step: "choose" }
  | { step: "map" }
  | { step: "plan" }
  | { step: "run"; progress: ImportProgress | null; cancelling: boolean }
  | { step: "cancelled" }
  | { step: "failed"; error: AppError }
  | { step: "done"; record: ImportRecord };

type StepName = "choose" | "map" | "plan" | "run";

const stepOf = (phase: Phase): StepName =>
  phase.step === "cancelled" || phase.step === "failed" || phase.step === "done" ? "run" : phase.step;

export function ImportScreen() {
  const navigation = useNavigation();
  const [phase, setPhase] = useState<Phase>({ step: "choose" });
  const [file, setFile] = useState<StagedFile | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>("skip");
  // The first step's heading keeps its place on arrival; every later step takes focus.
  const [moves, setMoves] = useState(0);
  const running = useRef(false);
  const toast = useToast();
  const { locale } = useDisplayFormat();
  // An import keeps going if the user leaves this screen; a toast then tells them how it ended.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  function goTo(next: Phase) {
    setMoves((n) => n + 1);
    setPhase(next);
  }

  function chooseAnother() {
    setFile(null);
    setMapping(null);
    setDuplicates("skip");
    goTo({ step: "choose" });
  }

  function staged(next: StagedFile) {
    setFile(next);
    setMapping(next.mapping);
    setDuplicates("skip");
    goTo({ step: next.format === "csv" ? "map" : "plan" });
  }

  async function runImport() {
    if (!file || !mapping || running.current) return;
    running.current = true;
    goTo({ step: "run", progress: null, cancelling: false });
    const fileId = file.file_id;
    let stopListening: (() => void) | null = null;
    try {
      stopListening = await onImportProgress((progress) => {
        if (progress.file_id !== fileId) return;
        setPhase((current) => (current.step === "run" ? { ...current, progress } : current));
      });
      const record = await backend.runImport({ file_id: fileId, mapping, duplicates });
      goTo({ step: "done", record });
      if (!mounted.current) {
        toast({
          message: `Imported ${record.file_name}: created ${formatCount(record.created, locale)}, updated ${formatCount(record.updated, locale)}, skipped ${formatCount(record.skipped, locale)}`,
        });
      }
    } catch (error) {
      const appError = toAppError(error);
      goTo(appError.code === "cancelled" ? { step: "cancelled" } : { step: "failed", error: appError });
      if (!mounted.current && appError.code !== "cancelled") toast({ message: appError.message, tone: "error" });
    } finally {
      stopListening?.();
      running.current = false;
    }
  }

  async function cancelImport() {
    if (!file || phase.step !== "run" || phase.cancelling) return;
    setPhase({ ...phase, cancelling: true });
    try {
      await backend.cancelImport(file.file_id);
    } catch {
      // The import may have just finished; its own answer (done or failed) is what the user sees.
    }
  }

  const focusHeading = moves > 0;
  const current = stepOf(phase);
  const steps: { name: StepName; label: string }[] = [
    { name: "choose", label: "Choose a file" },
    ...(file?.format === "v_card" ? [] : [{ name: "map" as const, label: "Map columns" }]),
    { name: "plan", label: "Review" },
    { name: "run", label: "Import" },
  ];
  const currentIndex = steps.findIndex((s) => s.name === current);
  const locked = phase.step === "run";

  return (
    <section className="imports" aria-labelledby="imports-title">
      <header className="screen-header">
        <Button
          variant="ghost"
          size="small"
          onClick={() => navigation.go("contacts")}
          title="Back to Contacts"
          disabled={locked}
        >
          <ArrowLeft aria-hidden="true" />
          Contacts
        </Button>
        <h1 id="imports-title" className="screen-header__title">
          Import contacts
        </h1>
        <span className="screen-header__spacer" />
        <ol className="import-steps" aria-label="Import steps">
          {steps.map((s, index) => (
            <li
              key={s.name}
              className={`import-steps__step${index < currentIndex ? " import-steps__step--done" : ""}`}
              aria-current={index === currentIndex ? "step" : undefined}
            >
              <span className="import-steps__marker tabular" aria-hidden="true">
                {index < currentIndex ? <Check size={11} /> : index + 1}
              </span>
              {s.label}
            </li>
          ))}
        </ol>
      </header>
      <div className="imports__body">
        <div className="imports__column">
          {file && phase.step !== "choose" && (
            <FileSummary file={file} onChooseAnother={locked ? undefined : chooseAnother} />
          )}
          {phase.step === "choose" && (
            <>
              <ChooseFileStep focusHeading={focusHeading} onStaged={staged} />
              <ImportHistory />
            </>
          )}
          {phase.step === "map" && file && mapping && (
            <MapColumnsStep
              focusHeading={focusHeading}
              file={file}
              mapping={mapping}
              onMappingChange={setMapping}
              onNext={() => goTo({ step: "plan" })}
            />
          )}
          {phase.step === "plan" && file && mapping && (
            <PlanStep
              focusHeading={focusHeading}
              file={file}
              mapping={mapping}
              duplicates={duplicates}
              onDuplicatesChange={setDuplicates}
              onBack={file.format === "csv" ? () => goTo({ step: "map" }) : undefined}
              onImport={() => void runImport()}
            />
          )}
          {phase.step === "run" && file && (
            <ImportRunning
              focusHeading={focusHeading}
              progress={phase.progress}
              recordCount={file.record_count}
              cancelling={phase.cancelling}
              onCancel={() => void cancelImport()}
            />
          )}
          {phase.step === "cancelled" && (
            <ImportCancelled
              focusHeading={focusHeading}
              onReview={() => goTo({ step: "plan" })}
              onChooseAnother={chooseAnother}
            />
          )}
          {phase.step === "failed" && (
            <ImportFailed
              focusHeading={focusHeading}
              error={phase.error}
              onReview={() => goTo({ step: "plan" })}
              onChooseAnother={chooseAnother}
            />
          )}
          {phase.step === "done" && (
            <ImportDone
              focusHeading={focusHeading}
              record={phase.record}
              onViewContacts={() => navigation.go("contacts")}
              onImportAnother={chooseAnother}
            />
          )}
        </div>
      </div>
    </section>
  );
}
