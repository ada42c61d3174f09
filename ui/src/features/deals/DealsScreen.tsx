// The deals screen: a pipeline's board, table or forecast, with one deal's pane beside it.
import { BarChart3, Columns3, Plus, Table2 } from "lucide-react";
import { useState } from "react";
import { useNavigation, type DealView } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import type { SavedView, ViewDefinition } from "../../ipc/bindings";
import { emptyFilter } from "../records/empty-filter";
import { ActiveViewName } from "../saved-views/ActiveViewName";
import { sameDefinition } from "../saved-views/saved-view-queries";
import { SavedViewsMenu } from "../saved-views/SavedViewsMenu";
import { DealBoard } from "./DealBoard";
import { DealForecast } from "./DealForecast";
import { DealPane } from "./DealPane";
import { usePipelines } from "./deal-queries";
import { DealTable } from "./DealTable";
import { everyDeal, pipelineOfView, tableQueryOf, type DealTableQuery } from "./deal-view";
import "./deals.css";

const views: { view: DealView; label: string; icon: typeof Table2 }[] = [
  { view: "board", label: "Board", icon: Columns3 },
  { view: "table", label: "Table", icon: Table2 },
  { view: "forecast", label: "Forecast", icon: BarChart3 },
];

export function DealsScreen() {
  const navigation = useNavigation();
  const { deals: place, showDeals, newDeal, go } = navigation;
  const pipelines = usePipelines();
  // Kept here so switching views and back keeps the table's search, filters and saved view.
  const [tableQuery, setTableQuery] = useState<DealTableQuery>(everyDeal);
  const [activeView, setActiveView] = useState<SavedView | null>(null);

  const list = pipelines.data ?? [];
  const pipeline = list.find((p) => p.id === place.pipelineId) ?? list[0];
  const showsTable = place.view === "table" && pipeline !== undefined;
  const currentView: ViewDefinition = { search: tableQuery.search.trim(), filter: tableQuery.filter, sort: tableQuery.sort };
  const viewEdited = activeView !== null && !sameDefinition(activeView.definition, currentView);

  /** Shows a saved view's search, filter and sort; null goes back to every deal of the pipeline. */
  function applyView(view: SavedView | null) {
    setActiveView(view);
    setTableQuery(view ? tableQueryOf(view.definition) : everyDeal);
    const home = view && pipeline ? pipelineOfView(view.definition, list, pipeline) : undefined;
    if (home) showDeals({ pipelineId: home.id });
  }

  let body;
  if (pipelines.isError && !pipelines.data) {
    body = <ErrorState title="Couldn’t load pipelines" error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  } else if (!pipelines.data) {
    body = <div className="deals__loading" aria-busy="true" aria-label="Loading deals" />;
  } else if (!pipeline) {
    body = (
      <EmptyState
        icon={<Columns3 size={20} aria-hidden="true" />}
        title="No pipeline yet"
        action={<Button onClick={() => go("settings")}>Open Settings</Button>}
      >
        A pipeline is the list of stages your deals go through. Add one in Settings → Pipelines.
      </EmptyState>
    );
  } else if (place.view === "table") {
    body = <DealTable key={pipeline.id} pipeline={pipeline} query={tableQuery} onQueryChange={setTableQuery} />;
  } else if (place.view === "forecast") {
    body = <DealForecast pipelineId={pipeline.id} />;
  } else {
    body = (
      <DealBoard
        pipelineId={pipeline.id}
        onShowAll={(stageId) => {
          // The column's "200 of 1,234" counts the whole stage, so nothing else narrows the table.
          setTableQuery((q) => ({ ...q, search: "", filter: { ...emptyFilter, stage_ids: [stageId] } }));
          setActiveView(null);
          showDeals({ view: "table" });
        }}
      />
    );
  }

  return (
    <div className="deals">
      <section className="deals__main" aria-labelledby="deals-title">
        <header className="screen-header">
          <h1 id="deals-title" className="screen-header__title">
            Deals
          </h1>
          {showsTable && activeView && (
            <ActiveViewName
              table="deals"
              view={activeView}
              current={currentView}
              edited={viewEdited}
              onSaved={setActiveView}
              onRevert={() => applyView(activeView)}
            />
          )}
          {list.length > 1 && pipeline && (
            <select
              className="input deals__pipeline"
              aria-label="Pipeline"
              value={pipeline.id}
              onChange={(e) => {
                // Stages belong to one pipeline; the other filters still make sense in the next.
                setTableQuery((q) => ({ ...q, filter: { ...q.filter, stage_ids: [] } }));
                showDeals({ pipelineId: e.target.value });
              }}
            >
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
          <span className="screen-header__spacer" />
          {showsTable && (
            <SavedViewsMenu
              table="deals"
              allLabel="All deals"
              current={currentView}
              active={activeView}
              edited={viewEdited}
              onApply={applyView}
              onActiveChange={setActiveView}
            />
          )}
          <div className="segmented" role="group" aria-label="View">
            {views.map(({ view, label, icon: Icon }) => (
              <button
                key={view}
                type="button"
                className="segmented__item"
                aria-pressed={place.view === view}
                onClick={() => showDeals({ view })}
              >
                <Icon size={14} aria-hidden="true" />
                {label}
              </button>
            ))}
          </div>
          <Button variant="primary" onClick={newDeal} title="New deal (N)" disabled={!pipeline}>
            <Plus aria-hidden="true" />
            New deal
          </Button>
        </header>
        {body}
      </section>
      {place.pane && pipeline && <DealPane pane={place.pane} pipelines={list} defaultPipeline={pipeline} />}
    </div>
  );
}
