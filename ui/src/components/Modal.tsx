// A titled dialog for small forms (member, exchange rate) or, wide, for a list.
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import "./dialog.css";

export function Modal({
  open,
  onOpenChange,
  title,
  description,
  wide = false,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** For lists rather than small forms (e.g. a record's history). */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={wide ? "dialog dialog--wide" : "dialog"}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          {description && (
            <Dialog.Description className="dialog__description">{description}</Dialog.Description>
          )}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
