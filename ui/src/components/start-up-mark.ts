// Start-up marks (tandem:*) read by the start-up benchmark; each is recorded once per page load.
export function markOnce(name: string) {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
