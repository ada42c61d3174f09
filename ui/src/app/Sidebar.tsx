// App name and the places to go, with their shortcuts; Today, the home, comes first; team sync's status at the foot.
import { Building2, CalendarCheck, ChartColumnBig, Handshake, Library, Megaphone, Search, Settings, Trash2, Users } from "lucide-react";
import { Kbd } from "../components/Kbd";
import { useSettings } from "../features/settings/settings-queries";
import { SyncIndicator } from "../features/sync/SyncIndicator";
import { useNavigation, type Screen } from "./navigation-context";

const items: { screen: Screen; label: string; icon: typeof Users; keys: string[] }[] = [
  { screen: "today", label: "Today", icon: CalendarCheck, keys: ["G", "H"] },
  { screen: "dashboard", label: "Dashboard", icon: ChartColumnBig, keys: ["G", "F"] },
  { screen: "contacts", label: "Contacts", icon: Users, keys: ["G", "C"] },
  { screen: "companies", label: "Companies", icon: Building2, keys: ["G", "O"] },
  { screen: "deals", label: "Deals", icon: Handshake, keys: ["G", "D"] },
  { screen: "campaigns", label: "Campaigns", icon: Megaphone, keys: ["G", "M"] },
  { screen: "library", label: "Library", icon: Library, keys: ["G", "L"] },
  { screen: "trash", label: "Trash", icon: Trash2, keys: ["G", "T"] },
  { screen: "settings", label: "Settings", icon: Settings, keys: ["G", "S"] },
];

export function Sidebar({ onOpenPalette }: { onOpenPalette: () => void }) {
  const { screen, go } = useNavigation();
  // Which workspace this window shows: with one kept aside, two Tandem windows can be open.
  const workspace = useSettings().data?.name.trim() || "Tandem";
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__brand" data-testid="workspace-name" title={workspace}>
        <LogoMark />
        <span className="sidebar__workspace">{workspace}</span>
      </div>
      <button type="button" className="sidebar__search" onClick={onOpenPalette}>
        <Search size={14} aria-hidden="true" />
        <span>Search or jump…</span>
        <Kbd keys={["Mod", "K"]} />
      </button>
      <ul className="sidebar__list">
        {items.map(({ screen: target, label, icon: Icon, keys }) => (
          <li key={target}>
            <button
              type="button"
              className="sidebar__item"
              // A quote belongs to a deal: Deals stays current while one is open.
              aria-current={screen === target || (screen === "quote" && target === "deals") ? "page" : undefined}
              onClick={() => go(target)}
            >
              <Icon size={15} aria-hidden="true" />
              <span className="sidebar__label">{label}</span>
              <Kbd keys={keys} />
            </button>
          </li>
        ))}
      </ul>
      <SyncIndicator />
    </nav>
  );
}

function LogoMark() {
  return (
    <svg className="sidebar__logo" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <circle cx="12.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" opacity="0.7" />
    </svg>
  );
}
