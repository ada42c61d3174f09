// The editable input for a member, or a blank one with the role a new member usually gets here.
import type { Member, MemberInput, Role } from "../../ipc/bindings";

export function memberInputOf(member: Member | null, newRole: Role): MemberInput {
  return {
    id: member?.id ?? null,
    name: member?.name ?? "",
    email: member?.email ?? "",
    role: member?.role ?? newRole,
  };
}
