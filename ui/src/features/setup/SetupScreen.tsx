// First run: who you are, then an empty workspace or a realistic sample to explore.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FlaskConical, Sparkles, type LucideIcon } from "lucide-react";
import { FailureBanner } from "../../components/FailureBanner";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { roleOptions } from "../../components/role-labels";
import { useDraftForm } from "../../components/use-draft-form";
import { isAppError } from "../../ipc/app-error";
import type { MemberInput, Role, WorkspaceChoice } from "../../ipc/bindings";
import { backend } from "../../ipc/backend";
import "../../app/startup.css";
import "./setup.css";

// The two ways to start, in on-screen order; each description id is "setup-<choice>-desc".
const choices: { choice: WorkspaceChoice; Icon: LucideIcon; title: string; body: string }[] = [
  {
    choice: "sample",
    Icon: FlaskConical,
    title: "Open sample workspace",
    body: "About 2,000 contacts at 300 companies — realistic data to explore and try things on.",
  },
  {
    choice: "empty",
    Icon: Sparkles,
    title: "Start empty workspace",
    body: "A clean slate for your real customers. You can add contacts right away.",
  },
];

// The profile is nested inside SetupInput, so the backend names its fields "profile.name";
// the inputs here are keyed "name".
function withProfileFieldsUnnested(error: unknown): unknown {
  if (!isAppError(error)) return error;
  return { ...error, fields: error.fields.map((f) => ({ ...f, field: f.field.replace(/^profile\./, "") })) };
}

export function SetupScreen() {
  const queryClient = useQueryClient();
  const { draft: profile, set, form } = useDraftForm<MemberInput>({ id: null, name: "", email: "", role: "admin" });
  const setup = useMutation({
    mutationFn: (choice: WorkspaceChoice) => backend.setupWorkspace({ choice, profile }),
    // The whole workspace just changed (and the screens' event listener was not mounted yet):
    // refresh everything, including pages fetched while setup was running.
    onSuccess: () => queryClient.invalidateQueries(),
    onError: (error) => form.show(withProfileFieldsUnnested(error)),
  });

  function start(choice: WorkspaceChoice) {
    const checks: Record<string, string> = {};
    if (!profile.name.trim()) checks.name = "Enter your name.";
    if (profile.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(profile.email.trim())) {
      checks.email = "Enter an email address like name@example.com.";
    }
    form.reset(checks);
    if (Object.keys(checks).length === 0) setup.mutate(choice);
  }

  return (
    <main className="startup">
      <div className="startup__card setup">
        <div className="setup__brand">
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="var(--accent)" />
            <circle cx="12.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
            <circle cx="19.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" opacity="0.7" />
          </svg>
        </div>
        <h1 className="startup__title">Welcome to Tandem</h1>
        <p className="muted">
          Your customers, kept on this computer. It works offline; nothing leaves this device unless
          you choose to sync later.
        </p>

        <h2 className="setup__step">About you</h2>
        <FailureBanner message={form.failure} />
        <div className="setup__fields">
          <TextField id="setup-name" label="Your name" value={profile.name} onValueChange={set("name")} error={form.errors.name} autoFocus autoComplete="name" />
          <TextField id="setup-email" label="Your email" type="email" value={profile.email} onValueChange={set("email")} error={form.errors.email} autoComplete="email" />
          <SelectField id="setup-role" label="Role" value={profile.role} options={roleOptions} onValueChange={(v) => set("role")(v as Role)} error={form.errors.role} />
        </div>

        <h2 className="setup__step">Choose how to start</h2>
        <div className="setup__choices">
          {choices.map(({ choice, Icon, title, body }) => (
            <div key={choice} className="setup__choice" data-busy={setup.isPending}>
              <Icon size={18} aria-hidden="true" />
              <button
                type="button"
                className="setup__choice-title"
                aria-describedby={`setup-${choice}-desc`}
                disabled={setup.isPending}
                onClick={() => start(choice)}
              >
                {title}
              </button>
              <span id={`setup-${choice}-desc`} className="setup__choice-body">
                {body}
              </span>
            </div>
          ))}
        </div>
        {setup.isPending && (
          <p className="muted" role="status">
            Setting up your workspace…
          </p>
        )}
      </div>
    </main>
  );
}
