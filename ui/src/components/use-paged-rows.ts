// Loads only the fixed-size pages a visible row range touches, each page its own cached query.
import { useQueries, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";

/** The options of the query that loads page `pageIndex` (rows `pageIndex * pageSize` onward). */
export type PageQuery<Page, Key extends QueryKey> = (pageIndex: number) => UseQueryOptions<Page, Error, Page, Key>;

/** Returns the loaded row at an index, or undefined while its page is still loading. */
export function usePagedRows<Page extends { rows: unknown[] }, Key extends QueryKey>(
  pageSize: number,
  pageQuery: PageQuery<Page, Key>,
  firstIndex: number,
  lastIndex: number,
) {
  const firstPage = Math.floor(Math.max(0, firstIndex) / pageSize);
  const lastPage = Math.floor(Math.max(0, lastIndex) / pageSize);
  const pageIndexes: number[] = [];
  for (let page = firstPage; page <= lastPage; page++) pageIndexes.push(page);

  const pages = useQueries({ queries: pageIndexes.map((page) => pageQuery(page)) });

  return (index: number): Page["rows"][number] | undefined => {
    const slot = Math.floor(index / pageSize) - firstPage;
    return pages[slot]?.data?.rows[index % pageSize];
  };
}
