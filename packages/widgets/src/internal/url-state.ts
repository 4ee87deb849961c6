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

/** The name of one `name=value` part of a query string, decoded; null when it cannot be decoded. */
function paramName(part: string): string | null {
  try {
    return decodeURIComponent((part.split('=')[0] ?? '').replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The page URL with the filter written into it as `theme=mobility,energy-systems` (commas kept
 * readable). Other parameters are kept exactly as written, in their order, and so is the hash;
 * a filter key already present keeps its place, and repeats of it are dropped.
 */
export function searchWithFilter(href: string, state: FilterState): string {
  const url = new URL(href);
  const encoded = (key: (typeof KEYS)[number]) => (state[key].length > 0 ? `${key}=${state[key].map(encodeURIComponent).join(',')}` : null);
  const written = new Set<string>();
  const parts: string[] = [];
  for (const part of url.search.slice(1).split('&')) {
    if (part === '') continue;
    const name = paramName(part);
    const key = KEYS.find((candidate) => candidate === name);
    if (!key) {
      parts.push(part);
      continue;
    }
    if (written.has(key)) continue;
    written.add(key);
    const value = encoded(key);
    if (value) parts.push(value);
  }
  for (const key of KEYS) {
    const value = written.has(key) ? null : encoded(key);
    if (value) parts.push(value);
  }
  url.search = parts.length > 0 ? `?${parts.join('&')}` : '';
  return url.href;
}
