// A dashboard number; when records stand behind it, a button that lists them.
import type { DashboardFigure } from "../../ipc/bindings";
import { useOpenDrill } from "./drill-context";

export function FigureLink({ figure, text, title }: { figure: DashboardFigure; text: string; title: string }) {
  const openDrill = useOpenDrill();
  if (!figure.drill) return <span className="figure-value">{text}</span>;
  const drill = figure.drill;
  return (
    <button type="button" className="figure-link" title={`Show the records behind “${title}”`} onClick={() => openDrill(drill, title)}>
      {text}
    </button>
  );
}
