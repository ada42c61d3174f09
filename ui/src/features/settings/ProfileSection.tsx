// Your own name, email and role in this workspace.
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { roleOptions } from "../../components/role-labels";
import { useToast } from "../../components/toast-context";
import { useDraftForm } from "../../components/use-draft-form";
import type { Member, Role } from "../../ipc/bindings";
import { memberInputOf } from "./member-input";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useMembers, useProfile, useSwitchProfile, useUpdateProfile } from "./settings-queries";

export function ProfileSection() {
  const profile = useProfile();
  return (
    <SettingsSection id="settings-profile" title="Profile" description="How you appear to other members of this workspace.">
      {profile.isPending ? (
        <SectionLoading />
      ) : profile.isError ? (
        <SectionError what="your profile" error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <>
          <ProfileForm key={profile.data?.id ?? "new"} profile={profile.data} />
          {profile.data && <SwitchUser me={profile.data} />}
        </>
      )}
    </SettingsSection>
  );
}

function ProfileForm({ profile }: { profile: Member | null }) {
  const { draft: input, set, form, submit } = useDraftForm(memberInputOf(profile, "admin"));
  const save = useUpdateProfile();
  const toast = useToast();

  return (
    <form className="settings-form" noValidate onSubmit={submit(save, { onSuccess: () => toast({ message: "Profile saved" }) })}>
      <FailureBanner message={form.failure} />
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

/** Hands the device to a teammate, e.g. a sales manager approving a discount in the meeting. */
function SwitchUser({ me }: { me: Member }) {
  const members = useMembers();
  const switchTo = useSwitchProfile();
  const toast = useToast();
  const others = (members.data ?? []).filter((m) => m.id !== me.id);
  if (others.length === 0) return null;
  return (
    <div className="settings-form settings-switch-user">
      <SelectField
        id="profile-switch"
        label="Hand this device to"
        value=""
        options={[{ value: "", label: "Choose a teammate…" }, ...others.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))]}
        onValueChange={(id) => {
          if (!id) return;
          switchTo.mutate(id, { onSuccess: (member) => toast({ message: `Tandem is now used as ${member.name}` }) });
        }}
      />
    </div>
  );
}
