// Where the user is: which screen, and what the contacts side pane shows.
import { createContext, useContext } from "react";
import type { PeriodChoice } from "../features/dashboard/DashboardFilters";
import type { DashboardFilter, TaskLink } from "../ipc/bindings";

/** "quote" is one quote revision, full width: the builder is too dense for a side pane. */
export type Screen = "today" | "dashboard" | "contacts" | "companies" | "deals" | "campaigns" | "quote" | "library" | "trash" | "settings" | "duplicates" | "imports";
export type ContactPane =
  | { mode: "view"; id: string }
  | { mode: "edit"; id: string }
  | { mode: "new" }
  | null;
/** The companies screen's side pane. */
export type CompanyPane = { mode: "view"; id: string } | { mode: "edit"; id: string } | { mode: "new" } | null;
/** The deals screen: which view, which pipeline (null: the first), and what its side pane shows. */
export type DealView = "board" | "table" | "forecast";
export type DealPane = { mode: "view"; id: string } | { mode: "edit"; id: string } | { mode: "new" } | null;
export type DealsPlace = { view: DealView; pipelineId: string | null; pane: DealPane };
/** The Today screen's side pane; a new task may start linked to the records it was made from. */
export type TaskPane =
  | { mode: "view"; id: string }
  | { mode: "edit"; id: string }
  | { mode: "new"; links: TaskLink[] }
  | null;
/** The library screen: which view, and what its side pane shows (an item, or its edit form). */
export type LibraryView = "items" | "requests" | "feedback";
export type LibraryPane = { mode: "view"; id: string } | { mode: "edit"; id: string } | null;
export type LibraryPlace = { view: LibraryView; pane: LibraryPane };

/**
 * The dashboard's period and filters, kept here so that opening the records behind a number and
 * coming back finds the dashboard as it was left.
 */
export type DashboardPlace = {
  period: PeriodChoice;
  custom: { start: string; end: string } | null;
  narrowing: Omit<DashboardFilter, "period_start" | "period_end">;
};

export const initialDashboardPlace: DashboardPlace = {
  period: "this_quarter",
  custom: null,
  narrowing: { owner_id: null, team_id: null, campaign_id: null, region: null, product_id: null, attribution: "first_touch" },
};

export type Navigation = {
  screen: Screen;
  pane: ContactPane;
  /** Bumped to ask the contacts search box to take focus. */
  searchFocusRequest: number;
  go: (screen: Screen) => void;
  openContact: (id: string) => void;
  editContact: (id: string) => void;
  newContact: () => void;
  closePane: () => void;
  focusSearch: () => void;
  /** Opens Contacts with this text in its search box (read once, when the contacts screen mounts). */
  searchContacts: (text: string) => void;
  contactSearchSeed: string;
  /** Bumped by each searchContacts, so an open contacts screen restarts with the new seed. */
  contactSearchRequest: number;
  companyPane: CompanyPane;
  openCompany: (id: string) => void;
  editCompany: (id: string) => void;
  newCompany: () => void;
  closeCompanyPane: () => void;
  deals: DealsPlace;
  /** Goes to the deals screen with this deal open beside the current view. */
  openDeal: (id: string) => void;
  editDeal: (id: string) => void;
  newDeal: () => void;
  closeDealPane: () => void;
  showDeals: (change: Partial<Omit<DealsPlace, "pane">>) => void;
  taskPane: TaskPane;
  /** Goes to Today with this task open beside the list. */
  openTask: (id: string) => void;
  editTask: (id: string) => void;
  /** Goes to Today with a new task's form open, linked to `links` (a record page's "+ Task"). */
  newTask: (links?: TaskLink[]) => void;
  closeTaskPane: () => void;
  library: LibraryPlace;
  /** Goes to the library with this item open beside the list. */
  openContent: (id: string) => void;
  editContent: (id: string) => void;
  closeContentPane: () => void;
  showLibraryView: (view: LibraryView) => void;
  dashboard: DashboardPlace;
  changeDashboard: (update: (place: DashboardPlace) => DashboardPlace) => void;
  /** The quote revision the quote screen shows. */
  quoteId: string | null;
  /** Goes to the quote screen with this revision. */
  openQuote: (id: string) => void;
};

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useNavigation needs a <NavigationProvider> above it");
  return navigation;
}
