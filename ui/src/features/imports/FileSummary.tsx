// The staged file and what Tandem detected about it, above every step after the first.
import { FileText } from "lucide-react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import type { StagedFile } from "../../ipc/bindings";
import { delimiterName } from "./import-labels";
import { formatCount } from "../../components/intl-formats";

export function FileSummary({ file, onChooseAnother }: { file: StagedFile; onChooseAnother?: () => void }) {
  const { locale } = useDisplayFormat();
  const csv = file.format === "csv";
  return (
    <div className="import-file" aria-label="Chosen file" role="group">
      <FileText size={16} aria-hidden="true" className="import-file__icon" />
      <span className="import-file__name" title={file.file_name}>
        {file.file_name}
      </span>
      <dl className="import-file__facts">
        <div>
          <dt>Format</dt>
          <dd>{csv ? "CSV" : "vCard"}</dd>
        </div>
        {csv && (
          <>
            <div>
              <dt>Encoding</dt>
              <dd>{file.encoding}</dd>
            </div>
            <div>
              <dt>Delimiter</dt>
              <dd>{delimiterName(file.delimiter)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>Records</dt>
          <dd className="tabular" data-testid="record-count">
            {formatCount(file.record_count, locale)}
          </dd>
        </div>
      </dl>
      <span className="screen-header__spacer" />
      {onChooseAnother && (
        <Button size="small" variant="ghost" onClick={onChooseAnother}>
          Choose another file
        </Button>
      )}
    </div>
  );
}
