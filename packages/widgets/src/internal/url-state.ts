import { emptyFilter, type FilterState } from './store.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = ['theme', 'topic', 'city'] as const;

/** The filter encoded in a query string: `?theme=mobility,energy-systems&topic=...`. Junk is ignored. */
export function filterFromSearch(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state = emptyFilter();
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw) state[key] = [...new Set(raw.split(',').filter((value) => SLUG.test(value) && value.length <= 80))].sort().slice(0, 20);
  }
  return state;
}

/** The page URL with the filter written into it; other parameters and the hash are kept. */
export function searchWithFilter(href: string, state: FilterState): string {
  const url = new URL(href);
  for (const key of KEYS) {
    if (state[key].length > 0) url.searchParams.set(key, state[key].join(','));
    else url.searchParams.delete(key);
  }
  return url.href;
}
