// Settings → Pipelines: rename a pipeline and edit its stages (order, kind, probability, rot days).
import { movedRow } from "../../components/moved-row";
import { RowOrderButtons } from "../../components/RowOrderButtons";
import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { TextField } from "../../components/TextField";
import { useFormErrors } from "../../components/use-form-errors";
import { useToast } from "../../components/toast-context";
import type { Pipeline, PipelineInput, StageInput, StageKind } from "../../ipc/bindings";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { SettingsSection } from "../settings/SettingsSection";
import { usePipelines, useSavePipeline } from "./deal-queries";
import "./deals.css";

const kinds: { value: StageKind; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "won", label: "Won" },
  { value: "lost", label: "Lost" },
];

const newPipelineInput: PipelineInput = {
  name: "",
  stages: [
    { id: null, name: "Qualified", kind: "open", probability: 10, rot_days: 14 },
    { id: null, name: "Proposal", kind: "open", probability: 50, rot_days: 14 },
    { id: null, name: "Won", kind: "won", probability: 100, rot_days: 0 },
    { id: null, name: "Lost", kind: "lost", probability: 0, rot_days: 0 },
  ],
};

export function PipelinesSection() {
  const pipelines = usePipelines();
  const [adding, setAdding] = useState(false);
  return (
    <SettingsSection
      id="settings-pipelines"
      title="Pipelines"
      description="The stages a deal goes through, in board order. Probability weighs the forecast; a deal idle longer than its stage’s rot days is highlighted."
      actions={
        <Button size="small" onClick={() => setAdding(true)} disabled={adding}>
          <Plus aria-hidden="true" />
          Add pipeline
        </Button>
      }
    >
      {pipelines.isPending ? (
        <SectionLoading />
      ) : pipelines.isError ? (
        <SectionError what="pipelines" error={pipelines.error} onRetry={() => void pipelines.refetch()} />
      ) : (
        <>
          {pipelines.data.length === 0 && !adding && <p className="muted">No pipelines yet. Add one to start tracking deals.</p>}
          {pipelines.data.map((pipeline) => (
            <PipelineEditor key={pipeline.id} pipeline={pipeline} />
          ))}
          {adding && <PipelineEditor pipeline={null} onDone={() => setAdding(false)} />}
        </>
      )}
    </SettingsSection>
  );
}

function inputOf(pipeline: Pipeline): PipelineInput {
  return {
    name: pipeline.name,
    stages: pipeline.stages.map(({ id, name, kind, probability, rot_days }) => ({ id, name, kind, probability, rot_days })),
  };
}

/** Rows keep a local key so React keeps each row's inputs while stages move up and down. */
type Row = StageInput & { key: number };

function PipelineEditor({ pipeline, onDone }: { pipeline: Pipeline | null; onDone?: () => void }) {
  const initial = pipeline ? inputOf(pipeline) : newPipelineInput;
  const [name, setName] = useState(initial.name);
  const [rows, setRows] = useState<Row[]>(() => initial.stages.map((s, key) => ({ ...s, key })));
  const [nextKey, setNextKey] = useState(initial.stages.length);
  const save = useSavePipeline();
  const form = useFormErrors();
  const toast = useToast();
  const prefix = `pipeline-${pipeline?.id ?? "new"}`;
  const dirty = JSON.stringify({ name, stages: rows.map(({ key: _k, ...s }) => s) }) !== JSON.stringify(initial);

  const update = (key: number, change: Partial<StageInput>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const moveRow = (index: number, by: -1 | 1) => setRows((all) => movedRow(all, index, by));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.reset();
    const input: PipelineInput = {
      name: name.trim(),
      stages: rows.map(({ key: _k, ...s }) => ({ ...s, name: s.name.trim() })),
    };
    save.mutate(
      { id: pipeline?.id ?? null, input },
      {
        onSuccess: () => {
          toast({ message: pipeline ? "Pipeline saved" : "Pipeline added" });
          onDone?.();
        },
        onError: form.show,
      },
    );
  }

  function reset() {
    setName(initial.name);
    setRows(initial.stages.map((s, key) => ({ ...s, key })));
    form.reset();
    onDone?.();
  }

  return (
    <form className="pipeline-editor" onSubmit={onSubmit} noValidate aria-label={pipeline ? `Pipeline ${pipeline.name}` : "New pipeline"}>
      <FailureBanner message={form.failure} />
      <TextField
        id={`${prefix}-name`}
        label="Pipeline name"
        value={name}
        onValueChange={(v) => {
          setName(v);
          form.clearField("name");
        }}
        error={form.errors.name}
        autoComplete="off"
        className="pipeline-editor__name"
      />
      <table className="settings-table pipeline-editor__stages">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">Probability %</th>
            <th scope="col" className="num">Rot after days</th>
            <th scope="col">
              <span className="visually-hidden">Order and removal</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const label = row.name.trim() || `stage ${index + 1}`;
            const error = form.errors[`stages.${index}`];
            return (
              <tr key={row.key}>
                <td>
                  <input
                    className="input"
                    aria-label={`Name of stage ${index + 1}`}
                    value={row.name}
                    onChange={(e) => update(row.key, { name: e.target.value })}
                    aria-invalid={error ? true : undefined}
                    autoComplete="off"
                  />
                  {error && (
                    <span className="field__error" role="alert">
                      {error}
                    </span>
                  )}
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={`Kind of ${label}`}
                    value={row.kind}
                    onChange={(e) => update(row.key, { kind: e.target.value as StageKind })}
                  >
                    {kinds.map((k) => (
                      <option key={k.value} value={k.value}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num">
                  <input
                    className="input tabular pipeline-editor__number"
                    type="number"
                    min={0}
                    max={100}
                    aria-label={`Probability of ${label}, percent`}
                    // Won is always 100 % and lost 0 %: the backend sets those.
                    disabled={row.kind !== "open"}
                    value={row.probability}
                    onChange={(e) => update(row.key, { probability: clampInt(e.target.value, 100) })}
                  />
                </td>
                <td className="num">
                  <input
                    className="input tabular pipeline-editor__number"
                    type="number"
                    min={0}
                    aria-label={`Days idle before ${label} rots; 0 means never`}
                    value={row.rot_days}
                    onChange={(e) => update(row.key, { rot_days: clampInt(e.target.value, 3650) })}
                  />
                </td>
                <td className="settings-table__actions">
                  <RowOrderButtons
                    name={label}
                    index={index}
                    count={rows.length}
                    onMove={(step) => moveRow(index, step)}
                    onRemove={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {form.errors.stages && (
        <span className="field__error" role="alert">
          {form.errors.stages}
        </span>
      )}
      <div className="pipeline-editor__actions">
        <Button
          size="small"
          onClick={() => {
            setRows((all) => [...all, { key: nextKey, id: null, name: "", kind: "open", probability: 50, rot_days: 14 }]);
            setNextKey((k) => k + 1);
          }}
        >
          <Plus aria-hidden="true" />
          Add stage
        </Button>
        <span className="screen-header__spacer" />
        {(dirty || !pipeline) && (
          <Button size="small" onClick={reset}>
            {pipeline ? "Discard changes" : "Cancel"}
          </Button>
        )}
        <Button size="small" type="submit" variant="primary" disabled={save.isPending || (!dirty && pipeline !== null)}>
          {pipeline ? "Save pipeline" : "Add pipeline"}
        </Button>
      </div>
    </form>
  );
}

function clampInt(text: string, max: number): number {
  const value = Math.round(Number(text));
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(value, 0), max);
}
