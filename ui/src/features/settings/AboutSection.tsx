// Version and where Tandem keeps its files, for support and for your own backups.
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useAbout } from "./settings-queries";

export function AboutSection() {
  const about = useAbout();
  return (
    <SettingsSection id="settings-about" title="About">
      {about.isPending ? (
        <SectionLoading />
      ) : about.isError ? (
        <SectionError what="app details" error={about.error} onRetry={() => void about.refetch()} />
      ) : (
        <dl className="facts facts--wide">
          <dt>Version</dt>
          <dd className="mono">{about.data.version}</dd>
          <dt>Device ID</dt>
          <dd className="mono">{about.data.device_id}</dd>
          <dt>Data folder</dt>
          <dd className="mono">{about.data.data_dir}</dd>
          <dt>Database file</dt>
          <dd className="mono">{about.data.database_path}</dd>
          <dt>Log folder</dt>
          <dd className="mono">{about.data.log_dir}</dd>
          <dt>Backup folder</dt>
          <dd className="mono">{about.data.backup_dir}</dd>
        </dl>
      )}
    </SettingsSection>
  );
}
