// Add or edit one member of the workspace.
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { roleOptions } from "../../components/role-labels";
import { useDraftForm } from "../../components/use-draft-form";
import type { Member, Role } from "../../ipc/bindings";
import { memberInputOf } from "./member-input";
import { useSaveMember } from "./settings-queries";

export function MemberDialog({ member, onClose }: { member: Member | null; onClose: () => void }) {
  const { draft: input, set, form, submit } = useDraftForm(memberInputOf(member, "seller"));
  const save = useSaveMember();

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={member ? "Edit member" : "Add member"}>
      <form className="settings-form" noValidate onSubmit={submit(save, { onSuccess: onClose })}>
        <FailureBanner message={form.failure} />
        <TextField id="member-name" label="Name" value={input.name} onValueChange={set("name")} error={form.errors.name} autoFocus />
        <TextField id="member-email" label="Email" type="email" value={input.email} onValueChange={set("email")} error={form.errors.email} />
        <SelectField id="member-role" label="Role" value={input.role} options={roleOptions} onValueChange={(v) => set("role")(v as Role)} error={form.errors.role} />
        <FormActions saving={save.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
