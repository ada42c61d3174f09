// Chooses between the error screen, first-run setup and the app frame.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { markOnce } from "../components/start-up-mark";
import { toAppError } from "../ipc/app-error";
import { backend } from "../ipc/backend";
import { SetupScreen } from "../features/setup/SetupScreen";
import { Frame } from "./Frame";
import { WorkspaceFormatProvider } from "./WorkspaceFormatProvider";
import { NavigationProvider } from "./NavigationProvider";
import { StartupErrorScreen } from "./StartupErrorScreen";

export function StartupGate() {
  const queryClient = useQueryClient();
  const startup = useQuery({ queryKey: ["startup"], queryFn: backend.startupState });
  useEffect(() => {
    if (startup.data) markOnce("tandem:startup-state");
  }, [startup.data]);

  if (startup.isPending) return <div className="splash" aria-busy="true" aria-label="Starting Tandem" />;
  if (startup.isError) {
    return (
      <StartupErrorScreen
        error={toAppError(startup.error)}
        databasePath={null}
        retrying={startup.isFetching}
        onRetry={() => void queryClient.invalidateQueries()}
      />
    );
  }
  const state = startup.data;
  switch (state.status) {
    case "error":
      return (
        <StartupErrorScreen
          error={state.error}
          databasePath={state.database_path}
          retrying={startup.isFetching}
          onRetry={() => void queryClient.invalidateQueries()}
        />
      );
    case "needs_setup":
      return <SetupScreen />;
    case "ready":
      return (
        <NavigationProvider>
          <WorkspaceFormatProvider>
            <Frame />
          </WorkspaceFormatProvider>
        </NavigationProvider>
      );
  }
}
