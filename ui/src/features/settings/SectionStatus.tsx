// Loading and error rendering shared by the settings sections.
import { ErrorState } from "../../components/ErrorState";

export function SectionLoading() {
  return (
    <div className="settings-loading" aria-busy="true" aria-label="Loading">
      <span className="skeleton" style={{ width: "40%" }} />
      <span className="skeleton" style={{ width: "65%" }} />
    </div>
  );
}

export function SectionError({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  return <ErrorState title={`Couldn’t load ${what}`} error={error} onRetry={onRetry} />;
}
