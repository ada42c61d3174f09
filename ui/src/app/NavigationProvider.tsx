// State-based routing: a handful of screens, each with its side pane, need no router library.
import { useMemo, useState, type ReactNode } from "react";
import { initialDashboardPlace, NavigationContext, type CompanyPane, type DashboardPlace, type ContactPane, type DealsPlace, type LibraryPlace, type Navigation, type Screen, type TaskPane } from "./navigation-context";

export function NavigationProvider({
  children,
  initialScreen = "today",
}: {
  children: ReactNode;
  initialScreen?: Screen;
}) {
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const [pane, setPane] = useState<ContactPane>(null);
  const [searchFocusRequest, setSearchFocusRequest] = useState(0);
  const [contactSearchSeed, setContactSearchSeed] = useState("");
  const [contactSearchRequest, setContactSearchRequest] = useState(0);
  const [companyPane, setCompanyPane] = useState<CompanyPane>(null);
  const [deals, setDeals] = useState<DealsPlace>({ view: "board", pipelineId: null, pane: null });
  const [taskPane, setTaskPane] = useState<TaskPane>(null);
  const [library, setLibrary] = useState<LibraryPlace>({ view: "items", pane: null });
  const [quoteId, setQuoteId] = useState<string | null>(null);
  const [dashboard, setDashboard] = useState<DashboardPlace>(initialDashboardPlace);

  const navigation = useMemo<Navigation>(
    () => ({
      screen,
      pane,
      searchFocusRequest,
      go: (next) => {
        setContactSearchSeed("");
        setScreen(next);
      },
      openContact: (id) => {
        setScreen("contacts");
        setPane({ mode: "view", id });
      },
      editContact: (id) => {
        setScreen("contacts");
        setPane({ mode: "edit", id });
      },
      newContact: () => {
        setScreen("contacts");
        setPane({ mode: "new" });
      },
      closePane: () => setPane(null),
      focusSearch: () => {
        setScreen("contacts");
        setSearchFocusRequest((n) => n + 1);
      },
      searchContacts: (text) => {
        setContactSearchSeed(text);
        setContactSearchRequest((n) => n + 1);
        setPane(null);
        setScreen("contacts");
      },
      contactSearchSeed,
      contactSearchRequest,
      companyPane,
      openCompany: (id) => {
        setScreen("companies");
        setCompanyPane({ mode: "view", id });
      },
      editCompany: (id) => {
        setScreen("companies");
        setCompanyPane({ mode: "edit", id });
      },
      newCompany: () => {
        setScreen("companies");
        setCompanyPane({ mode: "new" });
      },
      closeCompanyPane: () => setCompanyPane(null),
      deals,
      openDeal: (id) => {
        setScreen("deals");
        setDeals((d) => ({ ...d, pane: { mode: "view", id } }));
      },
      editDeal: (id) => {
        setScreen("deals");
        setDeals((d) => ({ ...d, pane: { mode: "edit", id } }));
      },
      newDeal: () => {
        setScreen("deals");
        setDeals((d) => ({ ...d, pane: { mode: "new" } }));
      },
      closeDealPane: () => setDeals((d) => ({ ...d, pane: null })),
      showDeals: (change) => {
        setScreen("deals");
        setDeals((d) => ({ ...d, ...change }));
      },
      taskPane,
      openTask: (id) => {
        setScreen("today");
        setTaskPane({ mode: "view", id });
      },
      editTask: (id) => {
        setScreen("today");
        setTaskPane({ mode: "edit", id });
      },
      newTask: (links = []) => {
        setScreen("today");
        setTaskPane({ mode: "new", links });
      },
      closeTaskPane: () => setTaskPane(null),
      library,
      openContent: (id) => {
        setScreen("library");
        setLibrary({ view: "items", pane: { mode: "view", id } });
      },
      editContent: (id) => {
        setScreen("library");
        setLibrary({ view: "items", pane: { mode: "edit", id } });
      },
      closeContentPane: () => setLibrary((l) => ({ ...l, pane: null })),
      showLibraryView: (view) => {
        setScreen("library");
        setLibrary((l) => ({ ...l, view }));
      },
      dashboard,
      changeDashboard: setDashboard,
      quoteId,
      openQuote: (id) => {
        setScreen("quote");
        setQuoteId(id);
      },
    }),
    [screen, pane, searchFocusRequest, contactSearchSeed, contactSearchRequest, companyPane, deals, taskPane, library, dashboard, quoteId],
  );

  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}
