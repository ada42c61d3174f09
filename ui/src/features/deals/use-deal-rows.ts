// Loads only the 100-row pages the visible range touches, each page its own cached query.
import { useQueries } from "@tanstack/react-query";
import type { DealRow } from "../../ipc/bindings";
import { dealPageQuery, dealPageSize, type DealListQuery } from "./deal-queries";

export function useDealRows(query: DealListQuery, firstIndex: number, lastIndex: number) {
  const firstPage = Math.floor(Math.max(0, firstIndex) / dealPageSize);
  const lastPage = Math.floor(Math.max(0, lastIndex) / dealPageSize);
  const pageIndexes: number[] = [];
  for (let page = firstPage; page <= lastPage; page++) pageIndexes.push(page);

  const pages = useQueries({ queries: pageIndexes.map((page) => dealPageQuery(query, page)) });

  return (index: number): DealRow | undefined => {
    const slot = Math.floor(index / dealPageSize) - firstPage;
    return pages[slot]?.data?.rows[index % dealPageSize];
  };
}
