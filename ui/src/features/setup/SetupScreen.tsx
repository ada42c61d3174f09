// First run: who you are, then an empty workspace or a realistic sample to explore.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FlaskConical, Sparkles } from "lucide-react";
import { useState } from "react";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { roleOptions } from "../../components/role-labels";
import { fieldErrorsOf, isAppError, toAppError } from "../../ipc/app-error";
import type { MemberInput, Role, WorkspaceChoice } from "../../ipc/bindings";
import { backend } from "../../ipc/backend";
import "../../app/startup.css";
import "./setup.css";

export function SetupScreen() {
  const queryClient = useQueryClient();
  const [profile, setProfile] = useState<MemberInput>({ id: null, name: "", email: "", role: "admin" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const setup = useMutation({
    mutationFn: (choice: WorkspaceChoice) => backend.setupWorkspace({ choice, profile }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["startup"] }),
    onError: (error) => {
      if (isAppError(error) && error.code === "validation") {
        // Accept "name" as well as "profile.name": the input is nested inside SetupInput.
        const byField = fieldErrorsOf(error);
        setErrors(
          Object.fromEntries(Object.entries(byField).map(([field, message]) => [field.replace(/^profile\./, ""), message])),
        );
        if (error.fields.length === 0) setFailure(error.message);
      } else {
        setFailure(toAppError(error).message);
      }
    },
  });

  function set<K extends keyof MemberInput>(key: K) {
    return (value: MemberInput[K]) => {
      setProfile((p) => ({ ...p, [key]: value }));
      setErrors(({ [key]: _fixed, ...rest }) => rest);
    };
  }

  function start(choice: WorkspaceChoice) {
    const checks: Record<string, string> = {};
    if (!profile.name.trim()) checks.name = "Enter your name.";
    if (profile.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(profile.email.trim())) {
      checks.email = "Enter an email address like name@example.com.";
    }
    setErrors(checks);
    setFailure(null);
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
        {failure && (
          <p className="banner" role="alert">
            {failure}
          </p>
        )}
        <div className="setup__fields">
          <TextField id="setup-name" label="Your name" value={profile.name} onValueChange={set("name")} error={errors.name} autoFocus autoComplete="name" />
          <TextField id="setup-email" label="Your email" type="email" value={profile.email} onValueChange={set("email")} error={errors.email} autoComplete="email" />
          <SelectField id="setup-role" label="Role" value={profile.role} options={roleOptions} onValueChange={(v) => set("role")(v as Role)} error={errors.role} />
        </div>

        <h2 className="setup__step">Choose how to start</h2>
        <div className="setup__choices">
          <div className="setup__choice" data-busy={setup.isPending}>
            <FlaskConical size={18} aria-hidden="true" />
            <button
              type="button"
              className="setup__choice-title"
              aria-describedby="setup-sample-desc"
              disabled={setup.isPending}
              onClick={() => start("sample")}
            >
              Open sample workspace
            </button>
            <span id="setup-sample-desc" className="setup__choice-body">
              About 2,000 contacts at 300 companies — realistic data to explore and try things on.
            </span>
          </div>
          <div className="setup__choice" data-busy={setup.isPending}>
            <Sparkles size={18} aria-hidden="true" />
            <button
              type="button"
              className="setup__choice-title"
              aria-describedby="setup-empty-desc"
              disabled={setup.isPending}
              onClick={() => start("empty")}
            >
              Start empty workspace
            </button>
            <span id="setup-empty-desc" className="setup__choice-body">
              A clean slate for your real customers. You can add contacts right away.
            </span>
          </div>
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
