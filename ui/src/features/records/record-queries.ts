// Reads shared by every kind of record: the tags already in use, and the deals of a contact or company.
import { useQuery } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { DealQuery } from "../../ipc/bindings";
import { emptyFilter } from "./empty-filter";

export type RecordTable = "contacts" | "companies" | "deals";

export function useTagsInUse(table: RecordTable) {
  return useQuery({ queryKey: ["tags", table], queryFn: () => backend.tagsInUse(table) });
}

const dealsShown = 50;

/** The newest deals linked to one contact or company; under ["deals"], so deal changes refresh it. */
export function useDealsOf(link: { contact_id: string } | { company_id: string }) {
  const query: DealQuery = {
    pipeline_id: "",
    search: "",
    contact_id: "contact_id" in link ? link.contact_id : null,
    filter: "company_id" in link ? { ...emptyFilter, company_ids: [link.company_id] } : emptyFilter,
    sort: "recently_updated",
    offset: 0,
    limit: dealsShown,
  };
  return useQuery({ queryKey: ["deals", "of", link], queryFn: () => backend.listDeals(query) });
}
