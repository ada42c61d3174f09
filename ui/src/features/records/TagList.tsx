// A record's tags (or another list of terms, e.g. a library item's personas), read-only.
import "../../components/tag-input.css";

export function TagList({ tags, label = "Tags" }: { tags: string[]; label?: string }) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          <span className="tag__name">{tag}</span>
        </li>
      ))}
    </ul>
  );
}
