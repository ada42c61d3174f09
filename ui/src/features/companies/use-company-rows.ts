// Loads only the 100-row pages the visible range touches, each page its own cached query.
import { useQueries } from "@tanstack/react-query";
import type { CompanyRow } from "../../ipc/bindings";
import { companyPageQuery, companyPageSize } from "./company-queries";

export function useCompanyRows(search: string, firstIndex: number, lastIndex: number) {
  const firstPage = Math.floor(Math.max(0, firstIndex) / companyPageSize);
  const lastPage = Math.floor(Math.max(0, lastIndex) / companyPageSize);
  const pageIndexes: number[] = [];
  for (let page = firstPage; page <= lastPage; page++) pageIndexes.push(page);

  const pages = useQueries({ queries: pageIndexes.map((page) => companyPageQuery(search, page)) });

  return (index: number): CompanyRow | undefined => {
    const slot = Math.floor(index / companyPageSize) - firstPage;
    return pages[slot]?.data?.rows[index % companyPageSize];
  };
}
