// A timestamp shown relative, exact on hover.
import { useDisplayFormat } from "./format-context";
import { formatExact, formatRelative } from "./relative-time";

export function RelativeTime({ iso }: { iso: string }) {
  const { locale, timeZone } = useDisplayFormat();
  return (
    <time dateTime={iso} title={formatExact(iso, locale, timeZone)}>
      {formatRelative(iso, locale)}
    </time>
  );
}
