// The signed-in window: sidebar, the current screen, the command palette and global shortcuts.
import { useState } from "react";
import { ContactsScreen } from "../features/contacts/ContactsScreen";
import { CommandPalette } from "../features/palette/CommandPalette";
import { SettingsScreen } from "../features/settings/SettingsScreen";
import { TrashScreen } from "../features/trash/TrashScreen";
import { useNavigation } from "./navigation-context";
import { Sidebar } from "./Sidebar";
import { useChangeInvalidation } from "./use-change-invalidation";
import { useGlobalShortcuts } from "./use-global-shortcuts";
import "./frame.css";

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
        {screen === "trash" && <TrashScreen />}
        {screen === "settings" && <SettingsScreen />}
      </main>
      <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
    </div>
  );
}
