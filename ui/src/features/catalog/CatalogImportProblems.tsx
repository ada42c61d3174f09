// Why a catalog file was refused: every problem by its line. Nothing was imported, so it is calm, not alarming.
import { FileWarning } from "lucide-react";
import { Button } from "../../components/Button";
import { toAppError } from "../../ipc/app-error";

export function CatalogImportProblems({
  error,
  fileName,
  onChooseAgain,
  onDismiss,
}: {
  error: unknown;
  fileName: string;
  onChooseAgain: () => void;
  onDismiss: () => void;
}) {
  const { message, fields } = toAppError(error);
  return (
    <div className="catalog-import-problems" role="alert" aria-labelledby="catalog-import-problems-title">
      <FileWarning size={16} aria-hidden="true" className="catalog-import-problems__icon" />
      <div className="catalog-import-problems__text">
        <p id="catalog-import-problems-title" className="catalog-import-problems__title">
          {fileName} was not imported
        </p>
        <p>{message}</p>
        {fields.length > 0 && (
          <ul className="catalog-import-problems__lines" aria-label="Problems by line">
            {fields.map((problem, index) => (
              <li key={index}>
                <span className="catalog-import-problems__line">{problem.field}</span>
                <span>{problem.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="catalog-import-problems__actions">
        <Button size="small" onClick={onChooseAgain}>
          Choose the fixed file
        </Button>
        <Button size="small" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
