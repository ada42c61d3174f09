// The deals screen: a pipeline's board, table or forecast, with one deal's pane beside it.
import { BarChart3, Columns3, Plus, Table2 } from "lucide-react";
import { useState } from "react";
import { useNavigation, type DealView } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { DealBoard } from "./DealBoard";
import { DealForecast } from "./DealForecast";
import { DealPane } from "./DealPane";
import { usePipelines } from "./deal-queries";
import { DealTable, type TableFilter } from "./DealTable";
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
  // Kept here so switching views and back keeps the table's search and filters.
  const [tableFilter, setTableFilter] = useState<TableFilter>({
    search: "",
    stageId: null,
    ownerId: null,
    sort: "recently_updated",
  });

  const list = pipelines.data ?? [];
  const pipeline = list.find((p) => p.id === place.pipelineId) ?? list[0];

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
    body = <DealTable key={pipeline.id} pipeline={pipeline} filter={tableFilter} onFilterChange={setTableFilter} />;
  } else if (place.view === "forecast") {
    body = <DealForecast pipelineId={pipeline.id} />;
  } else {
    body = (
      <DealBoard
        pipelineId={pipeline.id}
        onShowAll={(stageId) => {
          setTableFilter((f) => ({ ...f, search: "", stageId }));
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
          {list.length > 1 && pipeline && (
            <select
              className="input deals__pipeline"
              aria-label="Pipeline"
              value={pipeline.id}
              onChange={(e) => {
                setTableFilter((f) => ({ ...f, stageId: null }));
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
