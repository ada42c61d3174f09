// A record's create/edit form in the side pane: title bar, a banner for failures that belong to no
// field, the fields, then Cancel and Save. ⌘/Ctrl+Enter saves from any field; Escape cancels.
import type { KeyboardEvent, ReactNode, SyntheticEvent } from "react";
import { FailureBanner } from "./FailureBanner";
import { FormActions } from "./FormActions";
import { Kbd } from "./Kbd";

export function PaneForm({
  block,
  barClassName,
  title,
  failure,
  onSubmit,
  saving,
  onCancel,
  children,
}: {
  /** The form's class; its parts are `${block}__title`, `__body` and `__actions`. */
  block: string;
  barClassName: string;
  /** The heading, also the form's accessible name. */
  title: string;
  failure: string | null;
  onSubmit: (event?: SyntheticEvent) => void;
  saving: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      onSubmit(event);
    } else if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form className={block} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label={title}>
      <div className={barClassName}>
        <h2 className={`${block}__title`}>{title}</h2>
      </div>
      <div className={`${block}__body`}>
        <FailureBanner message={failure} />
        {children}
      </div>
      <FormActions className={`${block}__actions`} saving={saving} onCancel={onCancel}>
        <span className="field__hint">
          <Kbd keys={["Mod", "Enter"]} /> to save
        </span>
        <span className="screen-header__spacer" />
      </FormActions>
    </form>
  );
}
