// Add or edit one member of the workspace.
import { useState } from "react";
import { Button } from "../../components/Button";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { roleOptions } from "../../components/role-labels";
import { useFormErrors } from "../../components/use-form-errors";
import type { Member, MemberInput, Role } from "../../ipc/bindings";
import { useSaveMember } from "./settings-queries";

export function MemberDialog({ member, onClose }: { member: Member | null; onClose: () => void }) {
  const [input, setInput] = useState<MemberInput>({
    id: member?.id ?? null,
    name: member?.name ?? "",
    email: member?.email ?? "",
    role: member?.role ?? "seller",
  });
  const form = useFormErrors();
  const save = useSaveMember();
  const set = (key: "name" | "email" | "role") => (value: string) => {
    setInput((i) => ({ ...i, [key]: value }));
    form.clearField(key);
  };

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={member ? "Edit member" : "Add member"}>
      <form
        className="settings-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.reset();
          save.mutate(input, { onSuccess: onClose, onError: form.show });
        }}
      >
        {form.failure && <p className="banner" role="alert">{form.failure}</p>}
        <TextField id="member-name" label="Name" value={input.name} onValueChange={set("name")} error={form.errors.name} autoFocus />
        <TextField id="member-email" label="Email" type="email" value={input.email} onValueChange={set("email")} error={form.errors.email} />
        <SelectField id="member-role" label="Role" value={input.role} options={roleOptions} onValueChange={(v) => set("role")(v as Role)} error={form.errors.role} />
        <div className="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Modal>
  );
}
