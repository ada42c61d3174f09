// Lets any screen raise a short, self-dismissing message with an optional action.
import { createContext, useContext } from "react";

export type ToastAction = { label: string; onClick: () => void };
export type ToastInput = { message: string; tone?: "info" | "error"; action?: ToastAction };
export type ShowToast = (toast: ToastInput) => void;

export const ToastContext = createContext<ShowToast | null>(null);

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a <ToastProvider> above it");
  return show;
}
