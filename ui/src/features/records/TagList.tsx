// A record's tags, read-only.
import "../../components/tag-input.css";

export function TagList({ tags }: { tags: string[] }) {
  return (
    <ul className="tag-list" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          <span className="tag__name">{tag}</span>
        </li>
      ))}
    </ul>
  );
}
