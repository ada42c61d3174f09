// The library's "Add" menu: files (through an in-window file input, so no native dialog is needed
// to pick them), a link, or a text snippet.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, FileUp, Link2, Plus, TextQuote } from "lucide-react";
import { useState, type RefObject } from "react";
import { NewContentDialog, type NewContentForm } from "./NewContentDialog";
import "../records/filter-menu.css";

export function AddContentMenu({
  fileInput: input,
  onFiles,
  busy,
}: {
  /** The screen holds the input, so its empty state can open the same file chooser. */
  fileInput: RefObject<HTMLInputElement | null>;
  onFiles: (files: File[]) => void;
  busy: boolean;
}) {
  const [dialog, setDialog] = useState<NewContentForm | null>(null);

  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        aria-label="Add files"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          // Choosing the same files again must fire another change.
          e.target.value = "";
        }}
      />
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="btn btn--primary" disabled={busy}>
            <Plus aria-hidden="true" />
            Add
            <ChevronDown aria-hidden="true" />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="filter-menu" align="end" sideOffset={4}>
            <DropdownMenu.Item className="filter-menu__item" onSelect={() => input.current?.click()}>
              <FileUp size={14} aria-hidden="true" />
              Files…
            </DropdownMenu.Item>
            <DropdownMenu.Item className="filter-menu__item" onSelect={() => setDialog("link")}>
              <Link2 size={14} aria-hidden="true" />
              Link…
            </DropdownMenu.Item>
            <DropdownMenu.Item className="filter-menu__item" onSelect={() => setDialog("text")}>
              <TextQuote size={14} aria-hidden="true" />
              Text snippet…
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="filter-menu__separator" />
            <DropdownMenu.Label className="filter-menu__note">Or drop files anywhere on the window.</DropdownMenu.Label>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {dialog && <NewContentDialog form={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}
