// Shown when the workspace cannot be opened; the backend's message says what happened and why.
import { DatabaseZap, RotateCw } from "lucide-react";
import { Button } from "../components/Button";
import type { AppError, ErrorCode } from "../ipc/bindings";
import { RecoverFromBackup } from "./RecoverFromBackup";
import "./startup.css";

const whatToDo: Partial<Record<ErrorCode, string>> = {
  database_locked:
    "Another Tandem window or program is using the workspace. Close it, then try again.",
  database_corrupt:
    "The workspace file is damaged. Restore one of the automatic backups below, or move the file away to start fresh.",
  database_too_new:
    "This workspace was last opened by a newer version of Tandem. Install the newer version to open it.",
  database_unreadable:
    "Tandem cannot read the workspace file. Check that the file exists and that you have permission to read it.",
  io: "Check that the disk is connected and has free space, then try again.",
};

export function StartupErrorScreen({
  error,
  databasePath,
  retrying,
  onRetry,
}: {
  error: AppError;
  databasePath: string | null;
  retrying: boolean;
  onRetry: () => void;
}) {
  return (
    <main className="startup">
      <div className="startup__card" role="alert">
        <div className="startup__icon startup__icon--danger">
          <DatabaseZap size={20} aria-hidden="true" />
        </div>
        <h1 className="startup__title">Tandem can’t open your workspace</h1>
        <p className="startup__message">{error.message}</p>
        {databasePath && (
          <dl className="startup__facts">
            <dt>Database file</dt>
            <dd className="mono">{databasePath}</dd>
          </dl>
        )}
        <p className="startup__hint">
          {whatToDo[error.code] ?? "Try again. If it keeps happening, note the message above and contact support."}
        </p>
        {error.code === "database_corrupt" && <RecoverFromBackup onRecovered={onRetry} />}
        <div>
          <Button variant="primary" onClick={onRetry} disabled={retrying}>
            <RotateCw aria-hidden="true" />
            Try again
          </Button>
        </div>
      </div>
    </main>
  );
}
