// Which facet values narrow the search: one list per facet, as ContentQuery holds them.
import type { ContentQuery } from "../../ipc/bindings";

export type FacetChoice = Pick<ContentQuery, "kinds" | "stages" | "statuses" | "personas" | "industries" | "products">;

export const noFacetChoice: FacetChoice = { kinds: [], stages: [], statuses: [], personas: [], industries: [], products: [] };

/** The facets in the order the sidebar lists them: the backend's facet name, its list in the query, its title. */
export const facetGroups: { facet: string; key: keyof FacetChoice; title: string }[] = [
  { facet: "kind", key: "kinds", title: "Kind" },
  { facet: "stage", key: "stages", title: "Funnel stage" },
  { facet: "status", key: "statuses", title: "Status" },
  { facet: "persona", key: "personas", title: "Persona" },
  { facet: "industry", key: "industries", title: "Industry" },
  { facet: "product", key: "products", title: "Product" },
];

export const isChoosing = (choice: FacetChoice) => facetGroups.some(({ key }) => choice[key].length > 0);

/** Adds or removes one value of one facet. */
export function toggleFacet(choice: FacetChoice, key: keyof FacetChoice, value: string): FacetChoice {
  const current = choice[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...choice, [key]: next };
}
