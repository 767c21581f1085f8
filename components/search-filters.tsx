import type { FacetValue, FilterName, SearchFilters } from '@/lib/search/search-filters';

interface Props {
  facets: Record<FilterName, FacetValue[]>;
  filters: SearchFilters;
}

const NAMES: Record<FilterName, { label: string; all: string }> = {
  section: { label: 'Section', all: 'All sections' },
  type: { label: 'Type', all: 'All types' },
  author: { label: 'Author', all: 'All authors' },
};

/**
 * The filters of a search, inside its form: each choice says how many of the matches it leaves, and
 * the form sends them as the URL's query, so results work, and can be shared, without JavaScript.
 */
export function SearchFilterFields({ facets, filters }: Props) {
  return (
    <fieldset className="search-filters">
      <legend>Narrow the results</legend>
      {(Object.keys(NAMES) as FilterName[]).map((name) => {
        const chosen = filters[name];
        const values = facets[name];
        // A chosen value with no matches stays listed, so the form shows what applies.
        const shown =
          chosen && !values.some((v) => v.value === chosen)
            ? [...values, { value: chosen, label: chosen, count: 0 }]
            : values;
        return (
          <p key={name}>
            <label htmlFor={`search-${name}`}>{NAMES[name].label}</label>
            <select id={`search-${name}`} name={name} defaultValue={chosen ?? ''}>
              <option value="">{NAMES[name].all}</option>
              {shown.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label} ({v.count})
                </option>
              ))}
            </select>
          </p>
        );
      })}
      <p>
        <label htmlFor="search-from">From</label>
        <input id="search-from" type="date" name="from" defaultValue={filters.from} />
      </p>
      <p>
        <label htmlFor="search-to">To</label>
        <input id="search-to" type="date" name="to" defaultValue={filters.to} />
      </p>
      <p>
        <label htmlFor="search-sort">Sort by</label>
        <select id="search-sort" name="sort" defaultValue={filters.sort}>
          <option value="relevance">Relevance</option>
          <option value="newest">Newest first</option>
        </select>
      </p>
    </fieldset>
  );
}
