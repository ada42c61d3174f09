// The shared parts of a record's read-only detail pane: its action bar and its field list.
import { Pencil, Trash2, X } from "lucide-react";
import type { ReactNode } from "react";
import { isAppError } from "../ipc/app-error";
import { Button } from "./Button";
import { ErrorState } from "./ErrorState";

/** The pane's bar: Edit, Delete and any other actions (when given) on the left, Close on the right. */
export function DetailBar({
  className,
  onEdit,
  onDelete,
  deleting,
  onClose,
  children,
}: {
  className: string;
  onEdit?: () => void;
  onDelete?: () => void;
  deleting?: boolean;
  onClose: () => void;
  /** More actions after Edit and Delete, e.g. a task's Snooze. */
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      {onEdit && (
        <Button size="small" onClick={onEdit}>
          <Pencil aria-hidden="true" />
          Edit
        </Button>
      )}
      {onDelete && (
        <Button size="small" onClick={onDelete} disabled={deleting}>
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
      )}
      {children}
      <span className="screen-header__spacer" />
      <Button variant="ghost" size="small" className="btn--icon" aria-label="Close" title="Close (Esc)" onClick={onClose}>
        <X aria-hidden="true" />
      </Button>
    </div>
  );
}

/** A record that failed to load (or no longer exists): a bar to close the pane, and a retry. */
export function DetailLoadError({
  noun,
  error,
  onRetry,
  barClassName,
  onClose,
}: {
  /** "contact", "company"… as it reads in "Couldn’t load this contact". */
  noun: string;
  error: unknown;
  onRetry: () => void;
  barClassName: string;
  onClose: () => void;
}) {
  const gone = isAppError(error) && error.code === "not_found";
  return (
    <>
      <DetailBar className={barClassName} onClose={onClose} />
      <ErrorState
        title={gone ? `This ${noun} no longer exists` : `Couldn’t load this ${noun}`}
        error={error}
        onRetry={onRetry}
      />
    </>
  );
}

/** One term and its value in a detail pane's `<dl>`; an empty value shows `empty`, muted. */
export function DetailRow({
  term,
  className,
  empty = "—",
  children,
}: {
  term: ReactNode;
  className?: string;
  empty?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <dt>{term}</dt>
      <dd className={className}>{children || <span className="muted">{empty}</span>}</dd>
    </>
  );
}
