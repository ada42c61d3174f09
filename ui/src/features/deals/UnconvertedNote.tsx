// Says which currencies are missing from the totals and where to fix that.
import { Info } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { unconvertedNote } from "./deal-format";

export function UnconvertedNote({ currencies }: { currencies: string[] }) {
  const { go } = useNavigation();
  if (currencies.length === 0) return null;
  return (
    <p className="deal-note" role="note" data-testid="unconverted-note">
      <Info size={14} aria-hidden="true" />
      <span>{unconvertedNote(currencies)}</span>
      <button type="button" className="link-button" onClick={() => go("settings")}>
        Open Settings
      </button>
    </p>
  );
}
