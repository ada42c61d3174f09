// The signed-in window: sidebar, the current screen, the command palette and global shortcuts.
import { lazy, Suspense, useState } from "react";
import { ContactsScreen } from "../features/contacts/ContactsScreen";
import { useNavigation } from "./navigation-context";
import { Sidebar } from "./Sidebar";
import { useChangeInvalidation } from "./use-change-invalidation";
import { useGlobalShortcuts } from "./use-global-shortcuts";
import "./frame.css";

// Loaded on first use, so the first screen parses and paints sooner.
const CommandPalette = lazy(() => import("../features/palette/CommandPalette").then((m) => ({ default: m.CommandPalette })));
const SettingsScreen = lazy(() => import("../features/settings/SettingsScreen").then((m) => ({ default: m.SettingsScreen })));
const DealsScreen = lazy(() => import("../features/deals/DealsScreen").then((m) => ({ default: m.DealsScreen })));
const TrashScreen = lazy(() => import("../features/trash/TrashScreen").then((m) => ({ default: m.TrashScreen })));

export function Frame() {
  const { screen } = useNavigation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  useChangeInvalidation();
  useGlobalShortcuts({ openPalette: () => setPaletteOpen(true), paletteOpen });

  return (
    <div className="frame">
      <Sidebar onOpenPalette={() => setPaletteOpen(true)} />
      <main className="frame__main">
        {screen === "contacts" && <ContactsScreen />}
        <Suspense fallback={null}>
          {screen === "deals" && <DealsScreen />}
          {screen === "trash" && <TrashScreen />}
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
