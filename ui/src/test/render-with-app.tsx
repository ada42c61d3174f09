// Renders UI inside the same providers the app uses, with a cache that never retries.
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createQueryClient } from "../app/create-query-client";
import { NavigationProvider } from "../app/NavigationProvider";
import type { Screen } from "../app/navigation-context";
import { ToastProvider } from "../components/ToastProvider";

export function renderWithApp(ui: ReactElement, { screen = "contacts" }: { screen?: Screen } = {}) {
  const queryClient = createQueryClient();
  return render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <NavigationProvider initialScreen={screen}>{ui}</NavigationProvider>
      </ToastProvider>
    </QueryClientProvider>,
  );
}
