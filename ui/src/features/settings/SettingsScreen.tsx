// All settings on one scrolling page with a small section nav.
import { CatalogSection } from "../catalog/CatalogSection";
import { PipelinesSection } from "../deals/PipelinesSection";
import { CustomFieldsSection } from "../custom-fields/CustomFieldsSection";
import { SequencesSection } from "../sequences/SequencesSection";
import { SyncSection } from "../sync/SyncSection";
import { LeadScoringSection } from "../lead-scoring/LeadScoringSection";
import { AboutSection } from "./AboutSection";
import { BackupsSection } from "./BackupsSection";
import { ExchangeRatesSection } from "./ExchangeRatesSection";
import { MembersSection } from "./MembersSection";
import { ProfileSection } from "./ProfileSection";
import { QuoteSettingsSection } from "./QuoteSettingsSection";
import { QuotasSection } from "./QuotasSection";
import { SalesTeamsSection } from "./SalesTeamsSection";
import { RemindersSection } from "./RemindersSection";
import { WorkspaceSection } from "./WorkspaceSection";
import "./settings.css";

const sections = [
  { id: "settings-profile", label: "Profile" },
  { id: "settings-sync", label: "Team sync" },
  { id: "settings-members", label: "Members" },
  { id: "settings-teams", label: "Sales teams" },
  { id: "settings-quotas", label: "Quotas" },
  { id: "settings-workspace", label: "Workspace" },
  { id: "settings-reminders", label: "Reminders & calendar" },
  { id: "settings-lead-scoring", label: "Lead scoring" },
  { id: "settings-pipelines", label: "Pipelines" },
  { id: "settings-sequences", label: "Sequences" },
  { id: "settings-custom-fields", label: "Custom fields" },
  { id: "settings-rates", label: "Exchange rates" },
  { id: "settings-catalog", label: "Catalog" },
  { id: "settings-quotes", label: "Quotes & proposals" },
  { id: "settings-backups", label: "Backups" },
  { id: "settings-about", label: "About" },
];

export function SettingsScreen() {
  return (
    <div className="settings">
      <header className="screen-header">
        <h1 className="screen-header__title">Settings</h1>
      </header>
      <div className="settings__layout">
        <nav className="settings__nav" aria-label="Settings sections">
          {sections.map((s) => (
            <a
              key={s.id}
              href={`#${s.id}`}
              onClick={(e) => {
                // Scroll within the page without touching the URL hash.
                e.preventDefault();
                document.getElementById(s.id)?.scrollIntoView({ block: "start" });
              }}
            >
              {s.label}
            </a>
          ))}
        </nav>
        <div className="settings__content">
          <ProfileSection />
          <SyncSection />
          <MembersSection />
          <SalesTeamsSection />
          <QuotasSection />
          <WorkspaceSection />
          <RemindersSection />
          <LeadScoringSection />
          <PipelinesSection />
          <SequencesSection />
          <CustomFieldsSection />
          <ExchangeRatesSection />
          <CatalogSection />
          <QuoteSettingsSection />
          <BackupsSection />
          <AboutSection />
        </div>
      </div>
    </div>
  );
}
