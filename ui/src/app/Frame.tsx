// The signed-in window: sidebar, the current screen, the command palette and global shortcuts.
import { lazy, Suspense, useCallback, useState } from "react";
import { useToast } from "../components/toast-context";
import { ContactsScreen } from "../features/contacts/ContactsScreen";
import { useSyncStatusFeed } from "../features/sync/sync-queries";
import { TodayScreen } from "../features/tasks/TodayScreen";
import { useNavigation } from "./navigation-context";
import { Sidebar } from "./Sidebar";
import { useChangeInvalidation } from "./use-change-invalidation";
import { useExternalLinks } from "./use-external-links";
import { useGlobalShortcuts } from "./use-global-shortcuts";
import { useOpenRequests } from "./use-open-requests";
import "./frame.css";

// Loaded on first use, so the first screen parses and paints sooner.
const CommandPalette = lazy(() => import("../features/palette/CommandPalette").then((m) => ({ default: m.CommandPalette })));
const SettingsScreen = lazy(() => import("../features/settings/SettingsScreen").then((m) => ({ default: m.SettingsScreen })));
const CompaniesScreen = lazy(() => import("../features/companies/CompaniesScreen").then((m) => ({ default: m.CompaniesScreen })));
const DealsScreen = lazy(() => import("../features/deals/DealsScreen").then((m) => ({ default: m.DealsScreen })));
const QuoteScreen = lazy(() => import("../features/quotes/QuoteScreen").then((m) => ({ default: m.QuoteScreen })));
const DuplicatesScreen = lazy(() => import("../features/duplicates/DuplicatesScreen").then((m) => ({ default: m.DuplicatesScreen })));
const ImportScreen = lazy(() => import("../features/imports/ImportScreen").then((m) => ({ default: m.ImportScreen })));
const LibraryScreen = lazy(() => import("../features/library/LibraryScreen").then((m) => ({ default: m.LibraryScreen })));
const DashboardScreen = lazy(() => import("../features/dashboard/DashboardScreen").then((m) => ({ default: m.DashboardScreen })));
const CampaignsScreen = lazy(() => import("../features/campaigns/CampaignsScreen").then((m) => ({ default: m.CampaignsScreen })));
const TrashScreen = lazy(() => import("../features/trash/TrashScreen").then((m) => ({ default: m.TrashScreen })));

export function Frame() {
  const { screen, contactSearchRequest, quoteId } = useNavigation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  useChangeInvalidation();
  useSyncStatusFeed();
  useOpenRequests();
  const toast = useToast();
  useExternalLinks(useCallback((message: string) => toast({ message, tone: "error" }), [toast]));
  useGlobalShortcuts({ openPalette: () => setPaletteOpen(true), paletteOpen });

  return (
    <div className="frame">
      <Sidebar onOpenPalette={() => setPaletteOpen(true)} />
      <main className="frame__main">
        {screen === "today" && <TodayScreen />}
        {screen === "contacts" && <ContactsScreen key={contactSearchRequest} />}
        <Suspense fallback={null}>
          {screen === "dashboard" && <DashboardScreen />}
          {screen === "companies" && <CompaniesScreen />}
          {screen === "deals" && <DealsScreen />}
          {screen === "quote" && quoteId && <QuoteScreen key={quoteId} id={quoteId} />}
          {screen === "campaigns" && <CampaignsScreen />}
          {screen === "library" && <LibraryScreen />}
          {screen === "trash" && <TrashScreen />}
          {screen === "duplicates" && <DuplicatesScreen />}
          {screen === "imports" && <ImportScreen />}
          {screen === "settings" && <SettingsScreen />}
        </Suspense>
      </main>
      {paletteOpen && (
        <Suspense fallback={null}>
          <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
        </Suspense>
      )}
    </div>
  );
}
