// Settings → Reminders & calendar: how Tandem runs on this computer so reminders can fire, the
// calendar file, and when Tandem suggests a follow-up.
import { Copy } from "lucide-react";
import { Button } from "../../components/Button";
import { CheckboxField } from "../../components/CheckboxField";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { DesktopPreferences } from "../../ipc/bindings";
import { ExportTasksButton } from "../calendar/ExportTasksButton";
import { NudgeRulesForm } from "../nudges/NudgeRulesForm";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useDesktopPreferences, useSetCalendarFile, useSetKeepRunningInTray, useSetStartAtLogin } from "./settings-queries";

export function RemindersSection() {
  const preferences = useDesktopPreferences();
  return (
    <SettingsSection
      id="settings-reminders"
      title="Reminders & calendar"
      description="Reminders pop up only while Tandem is running. These choices are for this computer."
      actions={<ExportTasksButton scope={{ type: "all" }} label="Export all tasks (.ics)" size="small" />}
    >
      {preferences.isPending ? (
        <SectionLoading />
      ) : preferences.isError ? (
        <SectionError what="this computer’s settings" error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <DesktopSwitches stored={preferences.data} />
      )}
      <h3 className="settings-section__subtitle">Suggested follow-ups</h3>
      <p className="settings-section__description">
        Shown on the Today screen for everyone in the workspace; one click turns a suggestion into a task.
      </p>
      <NudgeRulesForm />
    </SettingsSection>
  );
}

function DesktopSwitches({ stored }: { stored: DesktopPreferences }) {
  const startAtLogin = useSetStartAtLogin();
  const keepInTray = useSetKeepRunningInTray();
  const calendarFile = useSetCalendarFile();
  const toast = useToast();
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });
  // While a change is being saved, show the new state rather than the stored one.
  const shown = <T,>(mutation: { isPending: boolean; variables?: T }, value: T) =>
    mutation.isPending && mutation.variables !== undefined ? mutation.variables : value;

  return (
    <div className="settings-form">
      <CheckboxField
        id="desktop-start-at-login"
        label="Start Tandem at login"
        hint="It opens quietly in the tray, so reminders work from the moment you sign in."
        checked={shown(startAtLogin, stored.start_at_login)}
        onCheckedChange={(on) => startAtLogin.mutate(on, { onError: fail })}
      />
      <CheckboxField
        id="desktop-keep-in-tray"
        label="Keep running in the tray when the window is closed"
        hint="Reminders only fire while Tandem runs. Turned off, closing the window quits Tandem."
        checked={shown(keepInTray, stored.keep_running_in_tray)}
        onCheckedChange={(on) => keepInTray.mutate(on, { onError: fail })}
      />
      <CheckboxField
        id="desktop-calendar-file"
        label="Keep a calendar file up to date"
        hint={stored.calendar_file ? undefined : "Your open tasks in one .ics file, rewritten whenever they change."}
        checked={shown(calendarFile, stored.calendar_file !== null)}
        onCheckedChange={(on) => calendarFile.mutate(on, { onError: fail })}
      />
      {stored.calendar_file && <CalendarFilePath path={stored.calendar_file} />}
    </div>
  );
}

function CalendarFilePath({ path }: { path: string }) {
  const toast = useToast();
  return (
    <div className="calendar-file">
      <div className="calendar-file__path">
        <code className="mono" data-testid="calendar-file-path">
          {path}
        </code>
        <Button
          size="small"
          variant="ghost"
          onClick={() =>
            navigator.clipboard.writeText(path).then(
              () => toast({ message: "Path copied" }),
              (error: unknown) => toast({ message: toAppError(error).message, tone: "error" }),
            )
          }
        >
          <Copy aria-hidden="true" />
          Copy path
        </Button>
      </div>
      <p className="field__hint">Subscribe to this file in Apple Calendar, Outlook or Thunderbird.</p>
    </div>
  );
}
