// A stored file version's bytes, for the preview. A version never changes, so nothing invalidates
// these; they are dropped soon after the preview closes because files can be large.
import { useQuery } from "@tanstack/react-query";
import { backend } from "../../../ipc/backend";

export const contentBytesKey = (versionId: string) => ["content_bytes", versionId] as const;

export const useContentBytes = (versionId: string) =>
  useQuery({
    queryKey: contentBytesKey(versionId),
    queryFn: () => backend.contentBytes(versionId),
    staleTime: Infinity,
    gcTime: 30_000,
  });
