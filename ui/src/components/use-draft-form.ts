// An editable copy of a record saved by one mutation: editing a field clears its error,
// and a failed save puts the backend's errors back on the fields (or in one banner).
import { useState, type SyntheticEvent } from "react";
import { useFormErrors } from "./use-form-errors";

/** The part of a react-query mutation the form needs. */
type SaveMutation<T, Saved> = {
  isPending: boolean;
  mutate: (draft: T, options: { onSuccess: (saved: Saved) => void; onError: (error: unknown) => void }) => void;
};

type SubmitOptions<Saved, T> = {
  onSuccess: (saved: Saved) => void;
  /** Client-side checks; any errors found stop the save. */
  check?: (draft: T) => Record<string, string>;
};

export function useDraftForm<T extends object>(initial: T) {
  const [draft, setDraft] = useState(initial);
  const form = useFormErrors();

  const set =
    <K extends keyof T & string>(key: K) =>
    (value: T[K]) => {
      setDraft((current) => ({ ...current, [key]: value }));
      // The user is fixing this field; stop shouting about it.
      form.clearField(key);
    };

  /**
   * Like `set`, for a field made of parts (custom values, BANT answers): called with the new value
   * and the part that changed, it also clears that part's error (`key.part`).
   */
  const setPart =
    <K extends keyof T & string>(key: K) =>
    (value: T[K], part: string) => {
      set(key)(value);
      form.clearField(`${key}.${part}`);
    };

  /** A submit handler for the form; also callable without an event (keyboard shortcuts). */
  const submit =
    <Saved>(save: SaveMutation<T, Saved>, { onSuccess, check }: SubmitOptions<Saved, T>) =>
    (event?: SyntheticEvent) => {
      event?.preventDefault();
      if (save.isPending) return;
      const found = check?.(draft) ?? {};
      form.reset(found);
      if (Object.keys(found).length > 0) return;
      save.mutate(draft, { onSuccess, onError: form.show });
    };

  return { draft, set, setPart, form, submit };
}
