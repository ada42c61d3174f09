// Library reads and writes as TanStack Query hooks. Keys: ["content_search"], ["content", id],
// ["content_versions", id], ["collections"], ["content_terms"], ["content_requests"],
// ["content_feedback"]; the backend's "changed" events for the content tables invalidate them.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type {
  CollectionInput,
  ContentDetail,
  ContentFacet,
  ContentForm,
  ContentHit,
  ContentInput,
  ContentItem,
  ContentQuery,
  ContentResults,
  ContentStatus,
  FeedbackInput,
  RequestInput,
  RequestStatus,
  ShareInput,
} from "../../ipc/bindings";
import { noFacetChoice } from "./facet-choice";

/** One answer of the search, shaped as the one page the results grid reads (`rows`), with the query it answers. */
export type ContentPage = ContentResults & { rows: ContentHit[]; query: ContentQuery };

/** How many hits the list shows; a search narrows past that. */
export const resultsShown = 200;

/** Every item this user sees, unfiltered. */
export const anyContent: ContentQuery = { text: "", ...noFacetChoice, collection_id: null, limit: resultsShown };

export const contentSearchQuery = (query: ContentQuery) =>
  queryOptions({
    queryKey: ["content_search", query],
    queryFn: async (): Promise<ContentPage> => {
      const results = await backend.searchContent(query);
      return { ...results, rows: results.hits, query };
    },
  });

/** Keeps the last answer on screen while the next loads, so typing never flashes an empty list. */
export const useContentSearch = (query: ContentQuery) =>
  useQuery({ ...contentSearchQuery(query), placeholderData: keepPreviousData });

export const useContent = (id: string) => useQuery({ queryKey: ["content", id], queryFn: () => backend.getContent(id) });
export const useContentVersions = (id: string) =>
  useQuery({ queryKey: ["content_versions", id], queryFn: () => backend.contentVersions(id) });
export const useCollections = () => useQuery({ queryKey: ["collections"], queryFn: backend.listCollections });
export const useContentTerms = (facet: ContentFacet) =>
  useQuery({ queryKey: ["content_terms", facet], queryFn: () => backend.contentTerms(facet) });
export const useContentTags = () => useQuery({ queryKey: ["tags", "content_items"], queryFn: () => backend.tagsInUse("content_items") });
/** The fields never change while the app runs. */
export const useMergeFields = () => useQuery({ queryKey: ["merge_fields"], queryFn: backend.mergeFields, staleTime: Infinity });
export const useContentRequests = () => useQuery({ queryKey: ["content_requests"], queryFn: backend.contentRequests });
export const useFeedbackQueue = () => useQuery({ queryKey: ["content_feedback"], queryFn: backend.feedbackQueue });

/** Whether this user curates the library. Only decides what to offer: the backend checks every write. */
export function useMayCurate(): boolean {
  const permissions = useQuery({ queryKey: ["library_permissions"], queryFn: backend.libraryPermissions });
  return permissions.data?.may_curate ?? false;
}

/** Puts a saved item into its cached page at once; the "changed" event refreshes the rest. */
function useKeepItem() {
  const queryClient = useQueryClient();
  return (saved: ContentItem) =>
    queryClient.setQueryData<ContentDetail>(["content", saved.id], (detail) => detail && { ...detail, item: saved });
}

export const useCreateContent = () =>
  useMutation({ mutationFn: ({ form, input }: { form: ContentForm; input: ContentInput }) => backend.createContent(form, input) });

export function useUpdateContent(id: string) {
  const keep = useKeepItem();
  return useMutation({ mutationFn: (input: ContentInput) => backend.updateContent(id, input), onSuccess: keep });
}

export function useSetContentStatus(id: string) {
  const keep = useKeepItem();
  return useMutation({ mutationFn: (status: ContentStatus) => backend.setContentStatus(id, status), onSuccess: keep });
}

export const useDeleteContent = () => useMutation({ mutationFn: (id: string) => backend.deleteContent(id) });

/** A new version or a restore: the item's file and its version list both change. */
function useVersionWrite<V>(itemId: string, write: (vars: V) => Promise<ContentItem>) {
  const keep = useKeepItem();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (saved: ContentItem) => {
      keep(saved);
      void queryClient.invalidateQueries({ queryKey: ["content_versions", itemId] });
    },
  });
}

export const useAddContentVersion = (itemId: string) =>
  useVersionWrite(itemId, ({ file, note }: { file: File; note: string }) =>
    file.arrayBuffer().then((buffer) => backend.addContentVersion(itemId, file.name, new Uint8Array(buffer), note)),
  );

export const useRestoreContentVersion = (itemId: string) =>
  useVersionWrite(itemId, (versionId: string) => backend.restoreContentVersion(itemId, versionId));

export const useShareContent = () => useMutation({ mutationFn: (input: ShareInput) => backend.shareContent(input) });

export const useFillContent = () =>
  useMutation({ mutationFn: ({ itemId, contactId }: { itemId: string; contactId: string }) => backend.fillContent(itemId, contactId, null) });

export function useAddFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FeedbackInput) => backend.addContentFeedback(input),
    onSuccess: (feedback, input) =>
      queryClient.setQueryData<ContentDetail>(["content", input.item_id], (detail) => detail && { ...detail, feedback }),
  });
}

export function useResolveFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => backend.resolveContentFeedback(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["content_feedback"] }),
  });
}

export function useAddRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestInput) => backend.addContentRequest(input),
    onSuccess: (requests) => queryClient.setQueryData(["content_requests"], requests),
  });
}

export type RequestAnswer = { id: string; status: RequestStatus; itemId: string | null; response: string };

export function useAnswerRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, itemId, response }: RequestAnswer) => backend.answerContentRequest(id, status, itemId, response),
    onSuccess: (requests) => queryClient.setQueryData(["content_requests"], requests),
  });
}

export function useSaveCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CollectionInput }) => backend.saveCollection(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["collections"] }),
  });
}

export function useDeleteCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => backend.deleteCollection(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["collections"] }),
  });
}
