// The root: query cache, toasts, then whatever the startup state calls for.
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ToastProvider } from "../components/ToastProvider";
import { createQueryClient } from "./create-query-client";
import { StartupGate } from "./StartupGate";

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <ToastProvider>
        <StartupGate />
      </ToastProvider>
    </QueryClientProvider>
  );
}
