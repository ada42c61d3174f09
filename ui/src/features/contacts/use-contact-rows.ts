// Loads only the 100-row pages the visible range touches, each page its own cached query.
import { useQueries } from "@tanstack/react-query";
import type { ContactRow, ContactSort, RecordFilter } from "../../ipc/bindings";
import { contactPageQuery, contactPageSize } from "./contact-queries";

export function useContactRows(
  search: string,
  filter: RecordFilter,
  sort: ContactSort,
  firstIndex: number,
  lastIndex: number,
) {
  const firstPage = Math.floor(Math.max(0, firstIndex) / contactPageSize);
  const lastPage = Math.floor(Math.max(0, lastIndex) / contactPageSize);
  const pageIndexes: number[] = [];
  for (let page = firstPage; page <= lastPage; page++) pageIndexes.push(page);

  const pages = useQueries({
    queries: pageIndexes.map((page) => contactPageQuery(search, sort, page, filter)),
  });

  return (index: number): ContactRow | undefined => {
    const slot = Math.floor(index / contactPageSize) - firstPage;
    return pages[slot]?.data?.rows[index % contactPageSize];
  };
}
