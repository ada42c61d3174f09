// Where the user is: which screen, and what the contacts side pane shows.
import { createContext, useContext } from "react";

export type Screen = "contacts" | "trash" | "settings";
export type ContactPane =
  | { mode: "view"; id: string }
  | { mode: "edit"; id: string }
  | { mode: "new" }
  | null;

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
};

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useNavigation needs a <NavigationProvider> above it");
  return navigation;
}
