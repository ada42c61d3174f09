// The app's colours for charts, read from its CSS variables so charts follow light and dark.
import { useEffect, useState } from "react";

export type ChartColours = { text: string; muted: string; border: string; accent: string; soft: string; series: string[] };

function read(): ChartColours {
  const style = getComputedStyle(document.documentElement);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const accent = value("--accent", "#4f46e5");
  return {
    text: value("--text", "#17171c"),
    muted: value("--text-muted", "#5c5c66"),
    border: value("--border", "#e6e6ea"),
    accent,
    soft: value("--chart-soft", "#a5abfc"),
    // Distinct hues that read on both themes: the accent first, then teal, amber, rose, sky, lime.
    series: [accent, "#14b8a6", "#f59e0b", "#f43f5e", "#0ea5e9", "#84cc16", "#a855f7", "#64748b"],
  };
}

/** The current colours; re-read when the system switches between light and dark. */
export function useChartColours(): ChartColours {
  const [colours, setColours] = useState(read);
  useEffect(() => {
    const scheme = window.matchMedia?.("(prefers-color-scheme: dark)");
    if (!scheme) return;
    const update = () => setColours(read());
    scheme.addEventListener("change", update);
    return () => scheme.removeEventListener("change", update);
  }, []);
  return colours;
}
