// Lets any figure on the dashboard open the list of records behind it.
import { createContext, useContext } from "react";

export type OpenDrill = (drill: string, title: string) => void;

export const DrillContext = createContext<OpenDrill>(() => undefined);

export const useOpenDrill = () => useContext(DrillContext);
