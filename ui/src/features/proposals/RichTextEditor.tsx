// A section's text as a page: TipTap over the trimmed schema in rich-text.ts, with a toolbar for
// the marks and blocks the backend prints and a menu inserting merge fields as plain text.
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { documentOf, proposalExtensions } from "./rich-text";
import { RichTextToolbar } from "./RichTextToolbar";

export function RichTextEditor({
  label,
  value,
  onChange,
  readOnly,
}: {
  /** The document's accessible name. */
  label: string;
  /** The stored JSON document. */
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
}) {
  const emitted = useRef(value);
  const onChangeLatest = useRef(onChange);
  useEffect(() => {
    onChangeLatest.current = onChange;
  });

  const editor = useEditor({
    extensions: proposalExtensions,
    content: documentOf(value),
    editable: !readOnly,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: "proposal-doc", role: "textbox", "aria-multiline": "true", "aria-label": label },
    },
    onUpdate: ({ editor: changed }) => {
      const json = JSON.stringify(changed.getJSON());
      emitted.current = json;
      onChangeLatest.current(json);
    },
  });

  // A body changed from outside (another device): show it without counting it as an edit.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(documentOf(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <div className="proposal-editor__text">
      {!readOnly && <RichTextToolbar editor={editor} />}
      <EditorContent editor={editor} className="proposal-doc__frame" />
    </div>
  );
}
