// Your own name, email and role in this workspace.
import { useState } from "react";
import { Button } from "../../components/Button";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { roleOptions } from "../../components/role-labels";
import { useToast } from "../../components/toast-context";
import { useFormErrors } from "../../components/use-form-errors";
import type { Member, MemberInput, Role } from "../../ipc/bindings";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useProfile, useUpdateProfile } from "./settings-queries";

export function ProfileSection() {
  const profile = useProfile();
  return (
    <SettingsSection id="settings-profile" title="Profile" description="How you appear to other members of this workspace.">
      {profile.isPending ? (
        <SectionLoading />
      ) : profile.isError ? (
        <SectionError what="your profile" error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileForm key={profile.data?.id ?? "new"} profile={profile.data} />
      )}
    </SettingsSection>
  );
}

function ProfileForm({ profile }: { profile: Member | null }) {
  const [input, setInput] = useState<MemberInput>({
    id: profile?.id ?? null,
    name: profile?.name ?? "",
    email: profile?.email ?? "",
    role: profile?.role ?? "admin",
  });
  const form = useFormErrors();
  const save = useUpdateProfile();
  const toast = useToast();

  const set = (key: "name" | "email" | "role") => (value: string) => {
    setInput((i) => ({ ...i, [key]: value }));
    form.clearField(key);
  };

  return (
    <form
      className="settings-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.reset();
        save.mutate(input, { onSuccess: () => toast({ message: "Profile saved" }), onError: form.show });
      }}
    >
      {form.failure && <p className="banner" role="alert">{form.failure}</p>}
      <div className="settings-form__grid">
        <TextField id="profile-name" label="Name" value={input.name} onValueChange={set("name")} error={form.errors.name} />
        <TextField id="profile-email" label="Email" type="email" value={input.email} onValueChange={set("email")} error={form.errors.email} />
        <SelectField id="profile-role" label="Role" value={input.role} options={roleOptions} onValueChange={(v) => set("role")(v as Role)} error={form.errors.role} />
      </div>
      <div>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
