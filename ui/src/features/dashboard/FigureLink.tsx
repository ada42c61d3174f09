// A dashboard number; when records stand behind it, a button that lists them.
import type { DashboardFigure } from "../../ipc/bindings";
import { useOpenDrill } from "./drill-context";

/** `exact`: the unrounded figure when `text` is rounded, said first in the tooltip. */
export function FigureLink({ figure, text, title, exact }: { figure: DashboardFigure; text: string; title: string; exact?: string }) {
  const openDrill = useOpenDrill();
  if (!figure.drill) return <span className="figure-value" title={exact}>{text}</span>;
  const drill = figure.drill;
  const hint = `Show the records behind “${title}”`;
  return (
    <button type="button" className="figure-link" title={exact ? `${exact}. ${hint}` : hint} onClick={() => openDrill(drill, title)}>
      {text}
    </button>
  );
}
