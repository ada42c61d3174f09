import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import type { SyncAccount, SyncStatus } from "../../ipc/bindings";
import { emitSyncStatus, mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { SyncIndicator } from "./SyncIndicator";
import { useSyncStatusFeed } from "./sync-queries";

const account: SyncAccount = {
  server_url: "https://sync.acme.example",
  workspace_id: "w1",
  workspace_name: "Acme Sales",
  user_id: "u1",
  email: "ana@acme.example",
  display_name: "Ana García",
  role: "seller",
  device_id: "d1",
  device_name: "Ana’s laptop",
};
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000 - 5_000).toISOString();
const status = (change: Partial<SyncStatus>): SyncStatus => ({
  account,
  state: "synced",
  last_synced_at: minutesAgo(2),
  pending: 0,
  error: null,
  progress: null,
  ...change,
});

/** The indicator as the frame has it: fed by "sync-status" events, beside the current screen. */
function FrameFoot() {
  useSyncStatusFeed();
  const { screen } = useNavigation();
  return (
    <>
      <SyncIndicator />
      <p data-testid="screen">{screen}</p>
    </>
  );
}

describe("SyncIndicator", () => {
  it.each([
    ["synced a while ago", status({}), "Synced · 2 minutes ago"],
    ["synced, never yet", status({ last_synced_at: null }), "Synced"],
    ["syncing", status({ state: "syncing" }), "Syncing…"],
    ["offline with changes waiting", status({ state: "offline", pending: 14 }), "Offline · 14 changes waiting"],
    ["offline with one change waiting", status({ state: "offline", pending: 1 }), "Offline · 1 change waiting"],
    ["offline with nothing waiting", status({ state: "offline" }), "Offline"],
    ["failing", status({ state: "error", error: "The server refused this device’s sign-in." }), "Sync error"],
  ])("reads %s", async (_case, current, text) => {
    mockBackend({ sync_status: () => current });
    renderWithApp(<FrameFoot />);
    const indicator = await screen.findByTestId("sync-indicator");
    expect(indicator).toHaveTextContent(text);
    expect(indicator).toHaveAttribute("data-state", current.state);
  });

  it("is absent while this device is not signed in to a team, or its status can't be read", async () => {
    const backend = mockBackend({ sync_status: () => ({ account: null, state: "off", last_synced_at: null, pending: 0, error: null, progress: null }) });
    const { unmount } = renderWithApp(<FrameFoot />);
    await waitFor(() => expect(backend.callsTo("sync_status")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId("sync-indicator")).not.toBeInTheDocument();
    unmount();

    mockBackend({ sync_status: () => Promise.reject({ code: "internal", message: "No sync here", fields: [] }) });
    renderWithApp(<FrameFoot />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId("sync-indicator")).not.toBeInTheDocument();
  });

  it("syncs now when clicked, and follows the backend's status events", async () => {
    const backend = mockBackend({
      sync_status: () => status({ state: "offline", pending: 3 }),
      sync_now: () => status({ state: "syncing", pending: 3 }),
    });
    const user = userEvent.setup();
    renderWithApp(<FrameFoot />);

    await user.click(await screen.findByRole("button", { name: "Offline · 3 changes waiting" }));
    expect(backend.callsTo("sync_now")).toEqual([{}]);
    expect(await screen.findByRole("button", { name: "Syncing…" })).toBeInTheDocument();

    // The listener registers asynchronously; emit until the indicator shows it heard.
    await waitFor(async () => {
      await emitSyncStatus(status({ last_synced_at: new Date().toISOString() }));
      expect(screen.getByTestId("sync-indicator")).toHaveTextContent("Synced · just now");
    });

    await emitSyncStatus({ account: null, state: "off", last_synced_at: null, pending: 0, error: null, progress: null });
    await waitFor(() => expect(screen.queryByTestId("sync-indicator")).not.toBeInTheDocument());
  });

  it("after an error, explains it on hover and opens Settings instead of syncing", async () => {
    const backend = mockBackend({ sync_status: () => status({ state: "error", error: "The server refused this device’s sign-in." }) });
    const user = userEvent.setup();
    renderWithApp(<FrameFoot />, { screen: "deals" });

    const indicator = await screen.findByRole("button", { name: "Sync error" });
    expect(indicator).toHaveAccessibleDescription(/The server refused this device’s sign-in\. Click to open Settings → Team sync\./);
    await user.click(indicator);
    expect(screen.getByTestId("screen")).toHaveTextContent("settings");
    expect(backend.callsTo("sync_now")).toEqual([]);
  });
  it("shows how far a new device is in getting the team's workspace", async () => {
    mockBackend({ sync_status: () => status({ state: "syncing", progress: { phase: "bootstrapping", done: 45_000, total: 100_000 } }) });
    renderWithApp(<SyncIndicator />);
    expect(await screen.findByTestId("sync-indicator")).toHaveTextContent("Getting the team’s workspace · 45%");
  });
});
