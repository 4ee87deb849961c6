import type * as z from 'zod/mini';
import {
  CitiesGeoJson,
  CitiesGeoJsonQuery,
  CitiesQuery,
  City,
  Partner,
  PartnersQuery,
  Slug,
  Stats,
  StatsQuery,
  EmptyQuery,
  Theme,
  Topic,
  serializeQuery,
} from '@nzc/schema';
import { ResponseCache, type CacheOptions } from './cache.js';
import { attachMeta } from './meta.js';
import { allItems, asPage, type AllItems, type Page } from './pages.js';
import { cursorOf, normalizeQuery, type QueryInput } from './query.js';
import { Transport, type CallOptions, type TransportOptions } from './transport.js';
import { check, validateList, type InvalidItemPolicy, type SkippedItem } from './validate.js';

export type ClientOptions = TransportOptions & {
  /**
   * In-memory response cache (see {@link CacheOptions}); `false` keeps nothing. Identical
   * requests in flight always share one request, whatever this says.
   */
  cache?: CacheOptions | false;
  /** What to do with invalid items in a valid list: `'drop'` (default) or `'throw'`. */
  invalidItems?: InvalidItemPolicy;
  /**
   * Revalidate cached responses with `If-None-Match`. On by default outside browsers; off in
   * browsers, where the HTTP cache revalidates by itself and a hand-set If-None-Match would
   * force a CORS preflight on every request.
   */
  conditionalRequests?: boolean;
};

/** List operations of a resource. */
export type ListResource<T, Query> = {
  /**
   * One page of the list; `nextPage()` leads on, and `for await` over the page yields every
   * item of every page. Each list filter takes one value or an array (any value
   * matches); `cursor` takes a cursor or a page's whole `next` link. The query is checked against
   * the contract before anything is sent (NzcValidationError when it does not fit).
   *
   * @example
   * ```ts
   * const page = await nzc.partners.list({ theme: ['mobility', 'energy-systems'], sort: 'name', limit: 10 });
   * for (const partner of page.data) console.log(partner.name);
   * console.log(`${page.data.length} of ${page.total}`);
   *
   * for await (const city of await nzc.cities.list({ country: 'DE' })) console.log(city.name);
   * ```
   */
  list(query?: QueryInput<Query>, options?: CallOptions): Promise<Page<T>>;
  /**
   * One record by slug; NzcHttpError with status 404 when there is none.
   *
   * @example
   * ```ts
   * try {
   *   const city = await nzc.cities.get('de-munich');
   *   console.log(city.name, city.partners.length);
   * } catch (error) {
   *   if (error instanceof NzcHttpError && error.status === 404) console.log('no such city');
   *   else throw error;
   * }
   * ```
   */
  get(slug: string, options?: CallOptions): Promise<T>;
  /**
   * Every record, page after page, for `for await`. Pages of 100 are fetched one at a time, as
   * the loop asks for them; stop the loop (or abort the signal) and no further page is fetched.
   * `toArray()` collects them all, up to a bound.
   *
   * @example
   * ```ts
   * for await (const city of nzc.cities.all({ country: ['IT', 'ES'] })) console.log(city.name);
   * const cities = await nzc.cities.all({ country: 'IT' }).toArray();
   * ```
   */
  all(query?: Omit<QueryInput<Query>, 'cursor'>, options?: CallOptions): AllItems<T>;
};

export type NzcClient = {
  partners: ListResource<Partner, PartnersQuery>;
  cities: ListResource<City, CitiesQuery> & {
    /**
     * The matching cities as a GeoJSON FeatureCollection, unpaginated.
     *
     * @example
     * ```ts
     * const collection = await nzc.cities.geojson({ label: 'awarded' });
     * map.addSource('cities', { type: 'geojson', data: collection });
     * ```
     */
    geojson(query?: QueryInput<CitiesGeoJsonQuery>, options?: CallOptions): Promise<CitiesGeoJson>;
  };
  /**
   * The themes, all on one page.
   *
   * @example
   * ```ts
   * const { data: themes } = await nzc.themes.list();
   * const label = new Map(themes.map((theme) => [theme.slug, theme.label]));
   * ```
   */
  themes: { list(options?: CallOptions): Promise<Page<Theme>> };
  /**
   * The knowledge topics, all on one page.
   *
   * @example
   * ```ts
   * const { data: topics } = await nzc.topics.list();
   * ```
   */
  topics: { list(options?: CallOptions): Promise<Page<Topic>> };
  /**
   * Counts for filter badges, under the given partner filters.
   *
   * @example
   * ```ts
   * const stats = await nzc.stats({ topic: ['finance-and-business-models'] });
   * for (const { slug, count } of stats.byTheme) console.log(slug, count);
   * ```
   */
  stats(query?: QueryInput<StatsQuery>, options?: CallOptions): Promise<Stats>;
  /**
   * Forgets every cached response.
   *
   * @example
   * ```ts
   * nzc.clearCache(); // the next call asks the API again
   * ```
   */
  clearCache(): void;
};

const isBrowser = () => typeof (globalThis as { document?: unknown }).document !== 'undefined' || 'WorkerGlobalScope' in globalThis;

/**
 * Creates a client for the partnership data API.
 *
 * @example
 * ```ts
 * import { createClient } from '@nzc/sdk';
 *
 * const nzc = createClient({ baseUrl: 'https://api.example.org/v1', timeout: 5_000 });
 * const page = await nzc.partners.list({ theme: 'mobility', limit: 10 });
 * for await (const city of nzc.cities.all({ country: ['DE'] })) console.log(city.name);
 * ```
 */
export function createClient(options: ClientOptions): NzcClient {
  const transport = new Transport(options);
  const cache = new ResponseCache(options.cache);
  const policy = options.invalidItems ?? 'drop';
  const conditional = options.conditionalRequests ?? !isBrowser();

  type Parsed<T> = { value: T; skipped: SkippedItem[] };

  /** Loads `url` through the cache and validates it with `parse`; returns a fresh copy of the result with its meta. */
  async function load<T extends object>(url: string, parse: (body: unknown, url: string) => Parsed<T>, call: CallOptions = {}): Promise<T> {
    const loaded = await cache.load<Parsed<T>>(
      url,
      async (etag, signal) => {
        const response = await transport.get(url, { ...call, signal, etag: conditional ? etag : null });
        return response.notModified
          ? { notModified: true }
          : { notModified: false, entry: { value: parse(response.body, url), etag: response.etag, fetchedAt: Date.now() } };
      },
      call.signal,
    );
    const { entry, stale, error } = loaded;
    // Each caller gets its own copy: changing one result never changes another caller's, or the cache.
    return attachMeta(structuredClone(entry.value.value), { stale, fetchedAt: entry.fetchedAt, etag: entry.etag, skipped: entry.value.skipped, error });
  }

  /** The URL of `path` with a query checked against its schema and written in canonical order, so equal queries share a URL. */
  const withQuery = (path: string, schema: z.ZodMiniObject, query: object = {}) => {
    const normal = normalizeQuery(schema, query);
    const params = serializeQuery(check(schema, normal, transport.url(path), 'Invalid query') as Record<string, unknown>);
    params.sort();
    return transport.url(path, params);
  };

  const one = <T extends object>(schema: z.ZodMiniType<T>) => (body: unknown, url: string) => ({ value: check(schema, body, url), skipped: [] });
  const many = <T>(schema: z.ZodMiniType<T>) => (body: unknown, url: string) => {
    const { skipped, ...page } = validateList(schema, body, url, policy);
    return { value: page as { data: T[]; total: number; next: string | null }, skipped };
  };

  /** One page of `path` for `query`, with `nextPage()` leading to the next under this client's base URL. */
  function pages<T extends object>(path: string, item: z.ZodMiniType<T>, querySchema: z.ZodMiniObject) {
    const parsePage = many(item);
    // The next page is this page's query with the cursor of its `next` link. The link's origin and
    // path are not used: behind a proxy they may be the server's own rather than the ones the
    // client reaches it at, and no request ever leaves the configured base URL.
    const page = async (query: object | undefined, call: CallOptions | undefined): Promise<Page<T>> =>
      asPage(await load(withQuery(path, querySchema, query), parsePage, call), async (next, options) => page({ ...query, cursor: cursorOf(next) }, options), call);
    return page;
  }

  function listResource<T extends object, Query extends object>(path: string, item: z.ZodMiniType<T>, querySchema: z.ZodMiniObject): ListResource<T, Query> {
    const first = pages(path, item, querySchema);
    return {
      list: first,
      get: async (slug, call) => load(`${transport.url(path)}/${check(Slug, slug, transport.url(path), 'Invalid slug', ['slug'])}`, one(item), call),
      all: (query, call) => allItems(() => first({ limit: 100, ...query }, call)),
    };
  }

  const themes = pages('themes', Theme, EmptyQuery);
  const topics = pages('topics', Topic, EmptyQuery);

  return {
    partners: listResource<Partner, PartnersQuery>('partners', Partner, PartnersQuery),
    cities: {
      ...listResource<City, CitiesQuery>('cities', City, CitiesQuery),
      geojson: async (query, call) => load(withQuery('cities.geojson', CitiesGeoJsonQuery, query), one(CitiesGeoJson), call),
    },
    themes: { list: (call) => themes(undefined, call) },
    topics: { list: (call) => topics(undefined, call) },
    stats: async (query, call) => load(withQuery('stats', StatsQuery, query), one(Stats), call),
    clearCache: () => cache.clear(),
  };
}
