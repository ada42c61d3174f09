// A failed load: the backend's message and a way to try again.
import { AlertTriangle, RotateCw } from "lucide-react";
import { toAppError } from "../ipc/app-error";
import { Button } from "./Button";
import "./states.css";

export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { message } = toAppError(error);
  return (
    <div className="state" role="alert">
      <div className="state__icon state__icon--danger">
        <AlertTriangle size={20} aria-hidden="true" />
      </div>
      <h2 className="state__title">{title}</h2>
      <p className="state__body">{message}</p>
      <div className="state__action">
        <Button onClick={onRetry}>
          <RotateCw aria-hidden="true" />
          Try again
        </Button>
      </div>
    </div>
  );
}
