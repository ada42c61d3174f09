// Library files on a device that syncs with a team: which collections this device keeps offline
// (a setting of this device only), and the badge of a file whose bytes only the server has yet.
// Keys: ["offline_collections"], ["file_availability", hash].
import { useIsFetching, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CloudDownload, HardDriveDownload } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "../../components/Button";
import { backend } from "../../ipc/backend";
import type { Collection, FilePlace } from "../../ipc/bindings";
import { useSyncStatus } from "../sync/sync-queries";
import { contentBytesKey } from "./preview/content-bytes-query";

const offlineKey = ["offline_collections"];
const availabilityKey = (hash: string) => ["file_availability", hash] as const;

/** Whether this device syncs with a team: only then are files on a server at all. */
export function useSignedInToTeam(): boolean {
  const status = useSyncStatus();
  return status.data !== undefined && status.data.state !== "off";
}

export const useOfflineCollections = (enabled: boolean) =>
  useQuery({ queryKey: offlineKey, queryFn: backend.offlineCollections, enabled });

export function useSetCollectionOffline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, offline }: { id: string; offline: boolean }) => backend.setCollectionOffline(id, offline),
    onSuccess: (kept) => {
      queryClient.setQueryData(offlineKey, kept);
      void queryClient.invalidateQueries({ queryKey: ["file_availability"] });
    },
  });
}

/** "Make available offline" for one collection: keeps its files on this device. */
export function OfflineToggle({ collection, kept }: { collection: Collection; kept: boolean }) {
  const toggle = useSetCollectionOffline();
  const label = kept ? `Stop keeping ${collection.name} offline` : `Make ${collection.name} available offline`;
  return (
    <Button
      variant="ghost"
      size="small"
      className={`btn--icon library-collection__offline${kept ? " library-collection__offline--kept" : ""}`}
      aria-label={label}
      aria-pressed={kept}
      title={kept ? "Available offline on this device" : "Make available offline"}
      disabled={toggle.isPending}
      onClick={() => toggle.mutate({ id: collection.id, offline: !kept })}
    >
      <HardDriveDownload aria-hidden="true" />
    </Button>
  );
}

const placeLabels: Partial<Record<FilePlace, { text: string; title: string }>> = {
  on_server: { text: "On the server", title: "Not on this device yet: it downloads when you open it." },
  downloading: { text: "Downloading…", title: "Coming from the team's server now." },
};

/** A small badge for a file not on this device; nothing once it is here, or without a team. */
export function FileAvailabilityBadge({ hash, versionId }: { hash: string; versionId: string }) {
  const signedIn = useSignedInToTeam();
  const queryClient = useQueryClient();
  const place = useQuery({
    queryKey: availabilityKey(hash),
    queryFn: async () => (await backend.libraryFileAvailability([hash]))[0]?.place ?? "on_device",
    enabled: signedIn,
    // A background download ends soon; look again until it has.
    refetchInterval: (query) => (query.state.data === "downloading" ? 1000 : false),
  });
  // Opening the preview downloads the file: show that, and look again once it is done.
  const opening = useIsFetching({ queryKey: contentBytesKey(versionId) }) > 0;
  const wasOpening = useRef(opening);
  useEffect(() => {
    if (wasOpening.current && !opening) void queryClient.invalidateQueries({ queryKey: availabilityKey(hash) });
    wasOpening.current = opening;
  }, [opening, hash, queryClient]);

  if (!signedIn || !place.data || place.data === "on_device" || place.data === "missing") return null;
  const shown = placeLabels[opening ? "downloading" : place.data];
  if (!shown) return null;
  return (
    <span className="chip content-flag content-flag--remote" title={shown.title}>
      <CloudDownload size={11} aria-hidden="true" />
      {shown.text}
    </span>
  );
}
