// Signed out: sign in to a team, create one from this workspace, or join with an invite code.
// The three forms share one draft, so the server address and e-mail survive switching tabs.
import { Info, Loader2 } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { TabList, tabPanelProps, type Tab } from "../../components/TabList";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { useDraftForm } from "../../components/use-draft-form";
import { RadioChoices, type RadioChoice } from "../../components/RadioChoices";
import type { CreateTeamInput, JoinTeamInput, LocalRecords, Member, SignInInput, SyncStatus } from "../../ipc/bindings";
import { useCreateTeam, useJoinTeam, useSignIn } from "./sync-queries";

type Choice = "sign_in" | "create" | "join";

const choices: Tab<Choice>[] = [
  { value: "sign_in", label: "Sign in" },
  { value: "create", label: "Create a team" },
  { value: "join", label: "Join with an invite" },
];

const localRecordChoices: RadioChoice<LocalRecords>[] = [
  {
    value: "merge",
    label: "Merge them into the team’s workspace",
    hint: "Your contacts, deals and other records join the team’s, and the team’s records are added here. Nothing is deleted.",
  },
  {
    value: "keep_aside",
    label: "Keep them aside as a separate workspace",
    hint: "This computer then holds only the team’s records. Yours stay as they are in a workspace of their own, which opens in its own window from this section.",
  },
];

/** Every field of the three forms; each form sends its own part. */
type ConnectDraft = SignInInput & CreateTeamInput & JoinTeamInput & { password_confirm: string };

/** A name for this computer in the team's device list, from what the webview knows of the system. */
function defaultDeviceName(): string {
  const agent = navigator.userAgent;
  if (/Macintosh|Mac OS X/i.test(agent)) return "Mac";
  if (/Windows/i.test(agent)) return "Windows PC";
  if (/Linux/i.test(agent)) return "Linux PC";
  return "Laptop";
}

function draftOf(profile: Member | null): ConnectDraft {
  return {
    server_url: "",
    email: profile?.email ?? "",
    password: "",
    password_confirm: "",
    display_name: profile?.name ?? "",
    workspace_name: "",
    code: "",
    device_name: defaultDeviceName(),
    local_records: "merge",
  };
}

const signInOf = ({ server_url, email, password, device_name, local_records }: ConnectDraft): SignInInput => ({
  server_url,
  email,
  password,
  device_name,
  local_records,
});
const createTeamOf = ({ server_url, workspace_name, email, display_name, password, device_name }: ConnectDraft): CreateTeamInput => ({
  server_url,
  workspace_name,
  email,
  display_name,
  password,
  device_name,
});
const joinTeamOf = ({ server_url, email, code, display_name, password, device_name, local_records }: ConnectDraft): JoinTeamInput => ({
  server_url,
  email,
  code,
  display_name,
  password,
  device_name,
  local_records,
});

const checkConfirm = (draft: ConnectDraft): Record<string, string> =>
  draft.password === draft.password_confirm ? {} : { password_confirm: "The two passwords don’t match." };

/** `profile` (this workspace's user, if any) fills in the name and e-mail. */
export function ConnectForms({ profile }: { profile: Member | null }) {
  const [choice, setChoice] = useState<Choice>("sign_in");
  const { draft, set, form, submit } = useDraftForm(draftOf(profile));
  const signIn = useSignIn();
  const createTeam = useCreateTeam();
  const joinTeam = useJoinTeam();
  const toast = useToast();
  const pending = signIn.isPending || createTeam.isPending || joinTeam.isPending;

  // The forms share one draft; each sends only its own fields.
  const sending =
    <Input,>(mutation: { isPending: boolean; mutate: (input: Input, options: MutateOptions) => void }, pick: (d: ConnectDraft) => Input) => ({
      isPending: pending,
      mutate: (d: ConnectDraft, options: MutateOptions) => mutation.mutate(pick(d), options),
    });

  const field = (key: keyof ConnectDraft, id: string, label: string, props: FieldExtras = {}) => (
    <TextField id={id} label={label} value={draft[key]} onValueChange={set(key)} error={form.errors[key]} disabled={pending} {...props} />
  );
  const server = field("server_url", "sync-server-url", "Server address", {
    type: "url",
    inputMode: "url",
    autoComplete: "url",
    spellCheck: false,
    autoCapitalize: "off",
    placeholder: "https://sync.example.com",
    hint: choice === "create" ? "The Tandem server your team will share." : "Your team’s Tandem server, as your admin gave it to you.",
  });
  const email = (hint?: string) => field("email", "sync-email", "Email", { type: "email", autoComplete: "email", spellCheck: false, hint });
  const yourName = field("display_name", "sync-display-name", "Your name", { autoComplete: "name", hint: "How teammates see you." });
  const device = field("device_name", "sync-device-name", "Device name", { hint: "How this computer appears in the team’s list of devices." });
  const localRecords = (
    <RadioChoices
      legend="The records already on this computer"
      choices={localRecordChoices}
      value={draft.local_records}
      onValueChange={set("local_records")}
      disabled={pending}
    />
  );

  return (
    <div className="sync-connect">
      <TabList
        prefix="sync-connect"
        label="How to connect"
        tabs={choices}
        value={choice}
        onValueChange={(next) => {
          setChoice(next);
          form.reset();
        }}
      />
      <div {...tabPanelProps("sync-connect", choice)}>
        {choice === "sign_in" && (
          <form
            className="settings-form"
            data-testid="sync-sign-in-form"
            aria-label="Sign in to a team"
            noValidate
            onSubmit={submit(sending(signIn, signInOf), {
              onSuccess: (status: SyncStatus) => toast({ message: `Signed in to ${status.account?.workspace_name ?? "your team"}` }),
            })}
          >
            <FailureBanner message={form.failure} />
            {server}
            <div className="settings-form__grid">
              {email()}
              {field("password", "sync-password", "Password", { type: "password", autoComplete: "current-password" })}
              {device}
            </div>
            {localRecords}
            <SubmitButton pending={signIn.isPending} disabled={pending} label="Sign in" pendingLabel="Signing in…" />
          </form>
        )}
        {choice === "create" && (
          <form
            className="settings-form"
            data-testid="sync-create-team-form"
            aria-label="Create a team"
            noValidate
            onSubmit={submit(sending(createTeam, createTeamOf), {
              check: checkConfirm,
              onSuccess: (status: SyncStatus) =>
                toast({ message: `Team “${status.account?.workspace_name ?? ""}” created. Invite your teammates from this section.` }),
            })}
          >
            <FailureBanner message={form.failure} />
            {server}
            <div className="settings-form__grid">
              {field("workspace_name", "sync-workspace-name", "Team name", { autoComplete: "organization" })}
              {yourName}
              {email()}
              {device}
              {field("password", "sync-password", "Password", { type: "password", autoComplete: "new-password" })}
              {field("password_confirm", "sync-password-confirm", "Confirm password", { type: "password", autoComplete: "new-password" })}
            </div>
            <ConnectNote>
              Everything in this workspace is uploaded to the new team on the server, and you become its admin. Teammates join with an
              invite code you create here afterwards.
            </ConnectNote>
            <SubmitButton pending={createTeam.isPending} disabled={pending} label="Create team" pendingLabel="Creating team…" />
          </form>
        )}
        {choice === "join" && (
          <form
            className="settings-form"
            data-testid="sync-join-form"
            aria-label="Join a team with an invite"
            noValidate
            onSubmit={submit(sending(joinTeam, joinTeamOf), {
              onSuccess: (status: SyncStatus) => toast({ message: `Joined ${status.account?.workspace_name ?? "your team"}` }),
            })}
          >
            <FailureBanner message={form.failure} />
            {server}
            <div className="settings-form__grid">
              {email("The address your invite was made for.")}
              {field("code", "sync-code", "One-time code", {
                autoComplete: "one-time-code",
                spellCheck: false,
                autoCapitalize: "characters",
                className: "sync-code-field",
                hint: "From your team’s admin; it works once.",
              })}
              {yourName}
              {field("password", "sync-password", "Password", {
                type: "password",
                autoComplete: "new-password",
                hint: "New to this server? This becomes your password.",
              })}
              {device}
            </div>
            {localRecords}
            <SubmitButton pending={joinTeam.isPending} disabled={pending} label="Join team" pendingLabel="Joining team…" />
          </form>
        )}
      </div>
    </div>
  );
}

type MutateOptions = { onSuccess: (status: SyncStatus) => void; onError: (error: unknown) => void };

type FieldExtras = {
  type?: string;
  inputMode?: "url" | "email" | "text";
  autoComplete?: string;
  spellCheck?: boolean;
  autoCapitalize?: string;
  placeholder?: string;
  hint?: string;
  className?: string;
};

/** What happens to this device's records, said before the user commits to it. */
function ConnectNote({ children }: { children: ReactNode }) {
  return (
    <p className="sync-note">
      <Info size={14} aria-hidden="true" />
      <span>{children}</span>
    </p>
  );
}

function SubmitButton({ pending, disabled, label, pendingLabel }: { pending: boolean; disabled: boolean; label: string; pendingLabel: string }) {
  return (
    <div>
      <Button type="submit" variant="primary" disabled={disabled} aria-busy={pending || undefined}>
        {pending && <Loader2 className="sync-spin" aria-hidden="true" />}
        {pending ? pendingLabel : label}
      </Button>
    </div>
  );
}
