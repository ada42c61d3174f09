// Feeds the workspace's locale and time zone from Settings to every formatted number and date.
import { useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { FormatContext } from "../components/format-context";
import { backend } from "../ipc/backend";

export function WorkspaceFormatProvider({ children }: { children: ReactNode }) {
  const settings = useQuery({ queryKey: ["settings"], queryFn: backend.getSettings });
  const locale = settings.data?.locale ?? "en-US";
  const timeZone = settings.data?.time_zone ?? "UTC";
  const value = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}
