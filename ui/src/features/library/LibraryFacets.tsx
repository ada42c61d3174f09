// The library's left column: facet checkboxes with their counts (several values of one facet
// widen, facets narrow each other), "Clear all", and the collections.
import type { ReactNode } from "react";
import { useDisplayFormat } from "../../components/format-context";
import type { FacetCount } from "../../ipc/bindings";
import { facetValueLabel } from "./content-labels";
import { facetGroups, isChoosing, noFacetChoice, toggleFacet, type FacetChoice } from "./facet-choice";
import { formatCount } from "../../components/intl-formats";

export function LibraryFacets({
  facets,
  choice,
  onChoiceChange,
  children,
}: {
  facets: FacetCount[];
  choice: FacetChoice;
  onChoiceChange: (choice: FacetChoice) => void;
  /** The collections list, under the facets. */
  children: ReactNode;
}) {
  const { locale } = useDisplayFormat();
  return (
    <nav className="library-facets" aria-label="Filter the library">
      {children}
      <div className="library-facets__head">
        <h2 className="library-facets__title">Filter</h2>
        {isChoosing(choice) && (
          <button type="button" className="link-button library-facets__clear" onClick={() => onChoiceChange(noFacetChoice)}>
            Clear all
          </button>
        )}
      </div>
      {facetGroups.map(({ facet, key, title }) => {
        const chosen = choice[key] as string[];
        const counts = facets.filter((f) => f.facet === facet);
        // A chosen value stays listed (with 0) even when another facet leaves nothing for it.
        const values = [
          ...counts,
          ...chosen.filter((value) => !counts.some((c) => c.value === value)).map((value) => ({ facet, value, count: 0 })),
        ];
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className="library-facet">
            <legend className="library-facet__title">{title}</legend>
            {values.map(({ value, count }) => (
              <label key={value} className="library-facet__value">
                <input
                  type="checkbox"
                  checked={chosen.includes(value)}
                  onChange={() => onChoiceChange(toggleFacet(choice, key, value))}
                />
                <span className="library-facet__label">{facetValueLabel(facet, value)}</span>
                <span className="library-facet__count tabular" aria-label={`${count} items`}>
                  {formatCount(count, locale)}
                </span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </nav>
  );
}
