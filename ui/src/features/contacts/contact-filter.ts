// Small facts about the contact list's filter and sort, shared by the screen and its views.
import type { ContactSort, RecordFilter } from "../../ipc/bindings";

export function isFilterActive(filter: RecordFilter): boolean {
  return (
    filter.lifecycle.length > 0 ||
    filter.stage_ids.length > 0 ||
    filter.owner_ids.length > 0 ||
    filter.company_ids.length > 0 ||
    filter.tags.length > 0 ||
    filter.countries.length > 0 ||
    filter.no_activity_days !== null ||
    filter.custom.length > 0
  );
}

const contactSorts: ContactSort[] = ["relevance", "name", "recently_updated", "recently_added"];

/** A saved view stores its sort as text; anything this list doesn't know reads as relevance. */
export function contactSortOf(sort: string): ContactSort {
  return (contactSorts as string[]).includes(sort) ? (sort as ContactSort) : "relevance";
}
