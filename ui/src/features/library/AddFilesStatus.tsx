// What adding files is doing: "Adding 3 of 7…" while it runs, then the files that were refused and why.
import { X } from "lucide-react";
import { Button } from "../../components/Button";
import type { AddProgress } from "./use-add-files";

export function AddFilesStatus({ progress, onDismiss }: { progress: AddProgress | null; onDismiss: () => void }) {
  if (!progress) return null;
  if (progress.running) {
    return (
      <p className="library-adding" role="status">
        {progress.total === 1 ? "Adding 1 file…" : `Adding ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`}
      </p>
    );
  }
  if (progress.failures.length === 0) return null;
  const refused = progress.failures.length;
  return (
    <div className="library-refused" role="alert">
      <div className="library-refused__head">
        <span>
          {progress.added > 0 ? `Added ${progress.added} of ${progress.total} files. ` : ""}
          {refused === 1 ? "1 file wasn’t added:" : `${refused} files weren’t added:`}
        </span>
        <span className="screen-header__spacer" />
        <Button variant="ghost" size="small" className="btn--icon" aria-label="Dismiss" onClick={onDismiss}>
          <X aria-hidden="true" />
        </Button>
      </div>
      <ul className="library-refused__list">
        {progress.failures.map((failure, index) => (
          <li key={index}>
            <span className="library-refused__file">{failure.file_name}</span> — {failure.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
