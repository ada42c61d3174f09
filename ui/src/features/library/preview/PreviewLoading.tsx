// The preview's loading state: a quiet page-shaped skeleton.
export function PreviewLoading({ label }: { label: string }) {
  return (
    <div className="preview-loading" aria-busy="true" aria-label={label}>
      <span className="skeleton" style={{ width: "45%" }} />
      <span className="skeleton" style={{ width: "80%" }} />
      <span className="skeleton" style={{ width: "70%" }} />
      <span className="skeleton" style={{ width: "60%" }} />
    </div>
  );
}
