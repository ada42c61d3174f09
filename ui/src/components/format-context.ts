// How numbers and dates are written: the workspace's locale and time zone, provided by the frame.
import { createContext, useContext } from "react";

export type DisplayFormat = { locale: string; timeZone: string };

export const FormatContext = createContext<DisplayFormat>({ locale: "en-US", timeZone: "UTC" });

export const useDisplayFormat = () => useContext(FormatContext);
