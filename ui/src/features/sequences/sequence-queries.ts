// Sequences and the contacts in them; ["sequences"] and ["enrollments", contactId] are refreshed by
// "changed" events for the sequence tables. A save's answer is shown at once, without waiting for the event.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { Enrollment, EnrollmentStatus, Sequence, SequenceInput } from "../../ipc/bindings";

/** The list with `saved` in place of its old self, or added at the end. */
function withSaved<T extends { id: string }>(all: T[] | undefined, saved: T): T[] | undefined {
  if (!all) return all;
  return all.some((x) => x.id === saved.id) ? all.map((x) => (x.id === saved.id ? saved : x)) : [...all, saved];
}

export const useSequences = () => useQuery({ queryKey: ["sequences"], queryFn: backend.listSequences });

export function useSaveSequence(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SequenceInput) => backend.saveSequence(id, input),
    onSuccess: (saved) => queryClient.setQueryData<Sequence[]>(["sequences"], (all) => withSaved(all, saved)),
  });
}

export const useDeleteSequence = () => useMutation({ mutationFn: (id: string) => backend.deleteSequence(id) });

export const useContactEnrollments = (contactId: string) =>
  useQuery({ queryKey: ["enrollments", contactId], queryFn: () => backend.contactEnrollments(contactId) });

function useKeepEnrollment() {
  const queryClient = useQueryClient();
  return (saved: Enrollment) =>
    queryClient.setQueryData<Enrollment[]>(["enrollments", saved.contact_id], (all) => withSaved(all, saved));
}

export function useEnrollContact(contactId: string) {
  const keep = useKeepEnrollment();
  return useMutation({
    mutationFn: ({ sequenceId, startDate }: { sequenceId: string; startDate: string }) =>
      backend.enrollContact(sequenceId, contactId, startDate),
    onSuccess: keep,
  });
}

export function useEndEnrollment() {
  const keep = useKeepEnrollment();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: Exclude<EnrollmentStatus, "active"> }) => backend.endEnrollment(id, status),
    onSuccess: keep,
  });
}
