// One section as a page: its kind, its title, its text, and what the PDF adds to it.
import { useCallback, useLayoutEffect, useRef } from "react";
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
        <TitleField value={section.title} onChange={(title) => onChange({ title })} />
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

/** The section's title as it will print: one line of text that wraps onto more as the column
 *  needs (an input would cut a long library title off mid-word). Enter adds no line break. */
function TitleField({ value, onChange }: { value: string; onChange: (title: string) => void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  // As tall as its lines (its border included: scrollHeight leaves it out, and a box 1px short
  // scrolls its last line under the caret).
  const fit = useCallback(() => {
    const el = field.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, []);
  useLayoutEffect(fit, [value, fit]);
  // And again when the column's width changes (the preview opening), measured on the next frame so
  // the resize it causes is not reported within the same observation.
  useLayoutEffect(() => {
    const column = field.current?.parentElement;
    if (!column) return;
    let width = column.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (column.clientWidth === width) return;
      width = column.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(column);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [fit]);
  return (
    <textarea
      ref={field}
      rows={1}
      className="proposal-page__title"
      aria-label="Section title"
      placeholder="Section title"
      value={value}
      onKeyDown={(e) => e.key === "Enter" && !e.nativeEvent.isComposing && e.preventDefault()}
      onChange={(e) => onChange(e.target.value.replace(/\s*\n\s*/g, " "))}
    />
  );
}
