// Text with the parts that match a search marked; plain text nodes, so record data stays data.
import { matchRanges } from "./match-ranges";
import "./match.css";

export function HighlightedText({ text, search }: { text: string; search: string }) {
  const ranges = matchRanges(text, search);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) parts.push(text.slice(from, start));
    parts.push(
      <mark key={start} className="match">
        {text.slice(start, end)}
      </mark>,
    );
    from = end;
  }
  if (from < text.length) parts.push(text.slice(from));
  return <>{parts}</>;
}
