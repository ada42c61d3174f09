// Step 2 (CSV only): what each column of the file becomes, with a few of its values to go by.
import { AlertTriangle, ArrowRight, BadgeCheck, Wand2 } from "lucide-react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import type { ContactField, Mapping, StagedFile } from "../../ipc/bindings";
import { contactFieldOptions, mapsNameOrEmail, presetText } from "./import-labels";
import { StepHeading } from "./StepHeading";
import { countOf, formatCount } from "../../components/intl-formats";

const samplesPerColumn = 3;

/** Up to three non-empty values of a column, from the rows the backend read ahead. */
function samplesOf(file: StagedFile, column: number): string[] {
  const values: string[] = [];
  for (const row of file.sample_rows) {
    const value = row[column]?.trim();
    if (value) values.push(value);
    if (values.length === samplesPerColumn) break;
  }
  return values;
}

export function MapColumnsStep({
  focusHeading,
  file,
  mapping,
  onMappingChange,
  onNext,
}: {
  focusHeading: boolean;
  file: StagedFile;
  mapping: Mapping;
  onMappingChange: (mapping: Mapping) => void;
  onNext: () => void;
}) {
  const { locale } = useDisplayFormat();
  const recognized = presetText(mapping.preset);
  const imported = mapping.columns.filter((c) => c !== "skip").length;
  const namesSomeone = mapsNameOrEmail(mapping.columns);

  function setColumn(index: number, field: ContactField) {
    onMappingChange({ ...mapping, columns: mapping.columns.map((c, i) => (i === index ? field : c)) });
  }

  return (
    <div className="import-step">
      <StepHeading focus={focusHeading}>Map columns</StepHeading>
      <p className="import-step__lead">
        Choose what each column of the file becomes in Tandem. Columns set to “Don’t import” are left out.
      </p>
      <p className="import-note" data-testid="preset">
        {recognized ? (
          <BadgeCheck size={15} aria-hidden="true" className="import-note__icon import-note__icon--accent" />
        ) : (
          <Wand2 size={15} aria-hidden="true" className="import-note__icon" />
        )}
        <span>
          {recognized
            ? `${recognized} — its columns are already matched.`
            : "Tandem matched the columns by their headers."}{" "}
          {countOf(imported, locale, "column", "columns")} of {formatCount(mapping.columns.length, locale)} will be imported.
        </span>
      </p>
      {!namesSomeone && (
        <p className="import-note import-note--warning" role="status">
          <AlertTriangle size={15} aria-hidden="true" className="import-note__icon" />
          <span>
            No column is imported as a name or an email, so most lines will have nothing to call the contact by and
            will be reported as problems. Map a name or email column if the file has one.
          </span>
        </p>
      )}
      <table className="import-table import-mapping">
        <caption className="visually-hidden">Columns of {file.file_name}</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Sample values</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {file.headers.map((header, index) => {
            const name = header.trim() || `Column ${index + 1}`;
            const samples = samplesOf(file, index);
            const field = mapping.columns[index] ?? "skip";
            return (
              <tr key={index} className={field === "skip" ? "import-mapping__row--skipped" : undefined}>
                <th scope="row" className="import-mapping__header" title={name}>
                  {name}
                </th>
                <td className="import-mapping__samples">
                  {samples.length === 0 ? (
                    <span className="muted">Empty in the first rows</span>
                  ) : (
                    samples.map((value, i) => (
                      <span key={i} className="import-sample" title={value}>
                        {value}
                      </span>
                    ))
                  )}
                </td>
                <td className="import-mapping__field">
                  <select
                    className="input"
                    aria-label={`Import “${name}” as`}
                    value={field}
                    onChange={(e) => setColumn(index, e.target.value as ContactField)}
                  >
                    {contactFieldOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="import-step__actions">
        <Button variant="primary" onClick={onNext}>
          Continue to review
          <ArrowRight aria-hidden="true" />
        </Button>
      </div>
    </div>
  );
}
