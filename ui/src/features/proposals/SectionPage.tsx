// One section as a page: its kind, its title, its text, and what the PDF adds to it.
import { useContent } from "../library/library-queries";
import { RichTextEditor } from "./RichTextEditor";
import { sectionKinds } from "./section-kinds";
import { sectionName } from "./SectionList";
import type { DraftSection } from "./use-proposal-draft";

export function SectionPage({
  section,
  readOnly,
  onChange,
}: {
  section: DraftSection;
  readOnly: boolean;
  onChange: (patch: { title?: string; body?: string }) => void;
}) {
  const kind = sectionKinds[section.kind];
  const Icon = kind.icon;
  return (
    <article className="proposal-page">
      <p className="proposal-page__kind">
        <Icon size={13} aria-hidden="true" />
        {section.content_item_id ? <LibrarySource itemId={section.content_item_id} fallback={section.title} /> : kind.label}
      </p>
      {readOnly ? (
        <h2 className="proposal-page__title">{sectionName(section)}</h2>
      ) : (
        <input
          className="proposal-page__title"
          aria-label="Section title"
          placeholder="Section title"
          value={section.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      )}
      <RichTextEditor
        key={section.key}
        label="Section text"
        value={section.body}
        readOnly={readOnly}
        onChange={(body) => onChange({ body })}
      />
      {kind.printedNote && <p className="proposal-page__printed">{kind.printedNote}</p>}
    </article>
  );
}

/** The library item the section was inserted from, by its current title. */
function LibrarySource({ itemId, fallback }: { itemId: string; fallback: string }) {
  const item = useContent(itemId);
  return <>From the library: {item.data?.item.title ?? fallback}</>;
}
