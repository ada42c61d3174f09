// The Contacts header's way in to possible duplicates, with how many groups there are.
import { CopyCheck } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { useDuplicateCount } from "./duplicate-queries";
import { formatCount } from "../../components/intl-formats";
import "./duplicates.css";

/** `ready`: the contacts list has painted, so the scan never competes with the first rows. */
export function DuplicatesButton({ ready }: { ready: boolean }) {
  const { go } = useNavigation();
  const { locale } = useDisplayFormat();
  const count = useDuplicateCount(ready).data;
  return (
    <Button
      onClick={() => go("duplicates")}
      title="Review possible duplicate contacts"
    >
      <CopyCheck aria-hidden="true" />
      <span className="btn__label">Duplicates</span>
      {count === undefined ? (
        // Holds the badge's place while the scan runs: a badge popping in would re-wrap the header
        // and move Import or Views from under a pointer on its way to them. No scan, no place.
        ready && (
          <span className="count-badge count-badge--waiting tabular" aria-hidden="true">
            00
          </span>
        )
      ) : count > 0 && (
        // The visible count is part of the button's name ("Duplicates 38 possible"), as axe asks.
        <span className="count-badge tabular">
          {formatCount(count, locale)}
          <span className="visually-hidden"> possible</span>
        </span>
      )}
    </Button>
  );
}
