// The form-level error that belongs to no single field; announced as soon as it appears.
export function FailureBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="banner" role="alert">
      {message}
    </p>
  );
}
