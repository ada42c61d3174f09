// The editor's toolbar: marks, headings 1–3, lists, quote, link, and merge fields to insert.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useEditorState, type Editor } from "@tiptap/react";
import {
  Bold,
  Braces,
  ChevronDown,
  Heading1,
  Heading2,
  Heading3,
  Italic,
  Link2,
  List,
  ListOrdered,
  Strikethrough,
  TextQuote,
  Underline,
  type LucideIcon,
} from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { useMergeFields } from "../library/library-queries";
import { linkFromTyped } from "./rich-text";
import "../records/filter-menu.css";

type Tool = { name: string; icon: LucideIcon; keys?: string; active: (e: Editor) => boolean; run: (e: Editor) => void };

const tools: Tool[][] = [
  [
    { name: "Bold", icon: Bold, keys: "Mod+B", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
    { name: "Italic", icon: Italic, keys: "Mod+I", active: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
    { name: "Underline", icon: Underline, keys: "Mod+U", active: (e) => e.isActive("underline"), run: (e) => e.chain().focus().toggleUnderline().run() },
    { name: "Strikethrough", icon: Strikethrough, keys: "Mod+Shift+S", active: (e) => e.isActive("strike"), run: (e) => e.chain().focus().toggleStrike().run() },
  ],
  ([1, 2, 3] as const).map((level) => ({
    name: `Heading ${level}`,
    icon: [Heading1, Heading2, Heading3][level - 1]!,
    keys: `Mod+Alt+${level}`,
    active: (e: Editor) => e.isActive("heading", { level }),
    run: (e: Editor) => e.chain().focus().toggleHeading({ level }).run(),
  })),
  [
    { name: "Bulleted list", icon: List, active: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
    { name: "Numbered list", icon: ListOrdered, active: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
    { name: "Quote", icon: TextQuote, active: (e) => e.isActive("blockquote"), run: (e) => e.chain().focus().toggleBlockquote().run() },
  ],
];

/** Where each group starts in `tools.flat()`, the order of the pressed states. */
const groupStarts = tools.map((_, g) => tools.slice(0, g).flat().length);

const shortcut = (keys: string) =>
  keys.replace("Mod", typeof navigator !== "undefined" && /Mac/.test(navigator.platform) ? "⌘" : "Ctrl");

export function RichTextToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ pressed: tools.flat().map((tool) => tool.active(e)), link: e.isActive("link") }),
  });
  const [linking, setLinking] = useState(false);

  return (
    <>
      <div className="proposal-toolbar" role="toolbar" aria-label="Formatting">
        {tools.map((group, g) => (
          <span key={g} className="proposal-toolbar__group">
            {group.map((tool, i) => {
              const Icon = tool.icon;
              const pressed = active.pressed[groupStarts[g]! + i] ?? false;
              return (
                <Button
                  key={tool.name}
                  size="small"
                  variant="ghost"
                  className="btn--icon"
                  aria-label={tool.name}
                  aria-pressed={pressed}
                  title={tool.keys ? `${tool.name} (${shortcut(tool.keys)})` : tool.name}
                  onClick={() => tool.run(editor)}
                >
                  <Icon aria-hidden="true" />
                </Button>
              );
            })}
          </span>
        ))}
        <span className="proposal-toolbar__group">
          <Button
            size="small"
            variant="ghost"
            className="btn--icon"
            aria-label="Link"
            aria-pressed={active.link}
            aria-expanded={linking}
            title="Link"
            onClick={() => setLinking((open) => !open)}
          >
            <Link2 aria-hidden="true" />
          </Button>
          <MergeFieldMenu editor={editor} />
        </span>
      </div>
      {linking && (
        <LinkBar
          editor={editor}
          onDone={() => {
            setLinking(false);
            editor.commands.focus();
          }}
        />
      )}
    </>
  );
}

function MergeFieldMenu({ editor }: { editor: Editor }) {
  const fields = useMergeFields();
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="btn btn--small btn--ghost" disabled={!fields.data}>
          <Braces aria-hidden="true" />
          Insert field
          <ChevronDown aria-hidden="true" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="filter-menu proposal-fields" align="start" sideOffset={4}>
          {(fields.data ?? []).map((field) => (
            <DropdownMenu.Item
              key={field.name}
              className="filter-menu__item"
              onSelect={() => editor.chain().focus().insertContent({ type: "text", text: `{{${field.name}}}` }).run()}
            >
              <span className="filter-menu__text">{field.label}</span>
              <span className="filter-menu__count">{`{{${field.name}}}`}</span>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="filter-menu__separator" />
          <DropdownMenu.Label className="filter-menu__note">Filled in for this quote’s contact, company and deal when it prints.</DropdownMenu.Label>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** Sets, changes or removes the link on the selection (or on the link the cursor is in). */
function LinkBar({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [typed, setTyped] = useState(current);
  const [error, setError] = useState<string | null>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    const href = linkFromTyped(typed);
    if (!href) {
      setError("Links start with https://, http:// or mailto:.");
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: typed.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onDone();
  }

  return (
    <form className="proposal-linkbar" onSubmit={apply} noValidate>
      <input
        className="input"
        aria-label="Link address"
        placeholder="https://… or name@example.com"
        value={typed}
        autoFocus
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setTyped(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
        }}
      />
      <Button type="submit" size="small" variant="primary">
        {current ? "Change link" : "Add link"}
      </Button>
      {current && (
        <Button
          size="small"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            onDone();
          }}
        >
          Remove link
        </Button>
      )}
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
