import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Collection, SyncStatus } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { CollectionList } from "./CollectionList";
import { seller } from "./library-fixtures";
import { FileAvailabilityBadge } from "./offline-files";
import { ContentPreview } from "./preview/ContentPreview";
import { aFileItem } from "./preview/preview-fixtures";

const kit: Collection = { id: "k1", name: "Security objection kit", description: "", items: [{ item_id: "i1", title: "SOC 2 report", kind: "other" }] };

const syncing = (state: SyncStatus["state"]): SyncStatus => ({
  account: null,
  state,
  last_synced_at: null,
  pending: 0,
  error: null,
  progress: null,
});

const offlineMessage = "This file is on the team's server and this device is offline; it downloads when you're back online.";

describe("Files on a device that syncs with a team", () => {
  it("keeps a collection available offline on this device when asked", async () => {
    let kept: string[] = [];
    const backend = mockBackend({
      get_profile: () => seller,
      library_permissions: () => ({ may_curate: false }),
      list_collections: () => [kit],
      sync_status: () => syncing("synced"),
      offline_collections: () => kept,
      set_collection_offline: ({ collectionId, offline }) => (kept = offline ? [collectionId as string] : []),
    });
    const user = userEvent.setup();
    renderWithApp(<CollectionList chosenId={null} onChoose={() => {}} />, { screen: "library" });

    const toggle = await screen.findByRole("button", { name: "Make Security objection kit available offline" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await user.click(toggle);
    await waitFor(() => expect(backend.callsTo("set_collection_offline")).toEqual([{ collectionId: "k1", offline: true }]));
    const keptToggle = await screen.findByRole("button", { name: "Stop keeping Security objection kit offline" });
    expect(keptToggle.getAttribute("aria-pressed")).toBe("true");
  });

  it("offers no offline toggle on a device that syncs with no team", async () => {
    const backend = mockBackend({
      get_profile: () => seller,
      library_permissions: () => ({ may_curate: false }),
      list_collections: () => [kit],
      sync_status: () => syncing("off"),
    });
    renderWithApp(<CollectionList chosenId={null} onChoose={() => {}} />, { screen: "library" });

    await screen.findByRole("button", { name: /Security objection kit/ });
    await waitFor(() => expect(backend.callsTo("sync_status")).toHaveLength(1));
    expect(screen.queryByRole("button", { name: /available offline/ })).toBeNull();
    expect(backend.callsTo("offline_collections")).toEqual([]);
  });

  it("marks a file only the server has, and shows nothing once it is on this device", async () => {
    mockBackend({
      sync_status: () => syncing("synced"),
      library_file_availability: ({ hashes }) => (hashes as string[]).map((hash) => ({ hash, place: hash === "h1" ? "on_server" : "on_device" })),
    });
    renderWithApp(
      <>
        <FileAvailabilityBadge hash="h1" versionId="v1" />
        <FileAvailabilityBadge hash="h2" versionId="v2" />
      </>,
    );

    expect(await screen.findByText("On the server")).toBeTruthy();
    expect(screen.getAllByText("On the server")).toHaveLength(1);
  });

  it("says why a file cannot open while this device is offline", async () => {
    mockBackend({ content_bytes: () => Promise.reject({ code: "io", message: offlineMessage, fields: [] }) });
    renderWithApp(<ContentPreview item={aFileItem("application/pdf")} />);

    expect(await screen.findByText(offlineMessage)).toBeTruthy();
  });
});
