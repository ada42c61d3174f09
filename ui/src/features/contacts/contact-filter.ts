// How a saved contact view's sort reads back into the contact list.
import type { ContactSort } from "../../ipc/bindings";

const contactSorts: ContactSort[] = ["relevance", "name", "recently_updated", "recently_added", "score"];

/** A saved view stores its sort as text; anything this list doesn't know reads as relevance. */
export function contactSortOf(sort: string): ContactSort {
  return (contactSorts as string[]).includes(sort) ? (sort as ContactSort) : "relevance";
}
