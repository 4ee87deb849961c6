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
  Theme,
  Topic,
  serializeQuery,
} from '@nzc/schema';
import { ResponseCache, type CacheOptions } from './cache.js';
import { invalid } from './errors.js';
import { attachMeta } from './meta.js';
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

/**
 * One page of a list; follow `next` (or use `all()`) for the rest.
 *
 * @example
 * ```ts
 * const page = await nzc.partners.list({ limit: 5 });
 * console.log(`${page.data.length} of ${page.total}`, page.next ? 'more to come' : 'that is all');
 * ```
 */
export type Page<T> = { data: T[]; total: number; next: string | null };

/** List operations of a resource. */
export type ListResource<T, Query> = {
  /**
   * One page of the list. List filters take arrays (any value matches); the query is checked
   * against the contract before anything is sent (NzcValidationError when it does not fit).
   *
   * @example
   * ```ts
   * const page = await nzc.partners.list({ theme: ['mobility', 'energy-systems'], sort: 'name', limit: 10 });
   * for (const partner of page.data) console.log(partner.name);
   * console.log(`${page.data.length} of ${page.total}`);
   * ```
   */
  list(query?: Query, options?: CallOptions): Promise<Page<T>>;
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
   *
   * @example
   * ```ts
   * const cities = [];
   * for await (const city of nzc.cities.all({ country: ['IT', 'ES'] })) cities.push(city);
   * ```
   */
  all(query?: Omit<Query, 'cursor'>, options?: CallOptions): AsyncGenerator<T, void, undefined>;
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
    geojson(query?: CitiesGeoJsonQuery, options?: CallOptions): Promise<CitiesGeoJson>;
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
  stats(query?: StatsQuery, options?: CallOptions): Promise<Stats>;
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
 * const page = await nzc.partners.list({ theme: ['mobility'], limit: 10 });
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
    const params = serializeQuery(check(schema, query, transport.url(path), 'Invalid query') as Record<string, unknown>);
    params.sort();
    return transport.url(path, params);
  };

  const one = <T extends object>(schema: z.ZodMiniType<T>) => (body: unknown, url: string) => ({ value: check(schema, body, url), skipped: [] });
  const many = <T>(schema: z.ZodMiniType<T>) => (body: unknown, url: string) => {
    const { skipped, ...page } = validateList(schema, body, url, policy);
    return { value: page as Page<T>, skipped };
  };

  function listResource<T extends object, Query extends object>(path: string, item: z.ZodMiniType<T>, querySchema: z.ZodMiniObject): ListResource<T, Query> {
    const parsePage = many(item);
    const list = async (query?: Query, call?: CallOptions) => load(withQuery(path, querySchema, query), parsePage, call);
    return {
      list,
      get: async (slug, call) => load(`${transport.url(path)}/${check(Slug, slug, transport.url(path), 'Invalid slug', ['slug'])}`, one(item), call),
      async *all(query, call) {
        let page = await list({ limit: 100, ...query } as Query, call);
        yield* page.data;
        // A server that keeps sending the same `next` would otherwise loop forever.
        const seen = new Set<string>();
        while (page.next) {
          if (seen.has(page.next)) throw invalid(page.next, 'next repeats a page already read');
          seen.add(page.next);
          // Only the cursor of `next` is used, with this query, under the base URL: behind a proxy the
          // API may not know the origin its clients reach it at, and no request leaves the configured API.
          const cursor = new URL(page.next).searchParams.get('cursor');
          if (!cursor) throw invalid(page.next, 'next has no cursor');
          page = await list({ limit: 100, ...query, cursor } as Query, call);
          yield* page.data;
        }
      },
    };
  }

  return {
    partners: listResource<Partner, PartnersQuery>('partners', Partner, PartnersQuery),
    cities: {
      ...listResource<City, CitiesQuery>('cities', City, CitiesQuery),
      geojson: async (query, call) => load(withQuery('cities.geojson', CitiesGeoJsonQuery, query), one(CitiesGeoJson), call),
    },
    themes: { list: async (call) => load(transport.url('themes'), many(Theme), call) },
    topics: { list: async (call) => load(transport.url('topics'), many(Topic), call) },
    stats: async (query, call) => load(withQuery('stats', StatsQuery, query), one(Stats), call),
    clearCache: () => cache.clear(),
  };
}
