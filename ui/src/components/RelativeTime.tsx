// A timestamp shown relative, exact on hover.
import { formatExact, formatRelative } from "./relative-time";

export function RelativeTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatExact(iso)}>
      {formatRelative(iso)}
    </time>
  );
}
