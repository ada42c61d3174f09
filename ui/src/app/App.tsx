// The root: query cache, toasts, then whatever the startup state calls for.
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ToastProvider } from "../components/ToastProvider";
import { todayQuery } from "../features/tasks/task-queries";
import { createQueryClient } from "./create-query-client";
import { StartupGate } from "./StartupGate";

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => {
    const created = queryClient ?? createQueryClient();
    // The first screen's rows load while the start-up state is still being checked.
    if (!queryClient) void created.prefetchQuery(todayQuery);
    return created;
  });
  return (
    <QueryClientProvider client={client}>
      <ToastProvider>
        <StartupGate />
      </ToastProvider>
    </QueryClientProvider>
  );
}
