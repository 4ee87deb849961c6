import * as z from 'zod/mini';
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
  describeIssue,
  serializeQuery,
} from '@nzc/schema';
import { ResponseCache, type CacheOptions, type Fetched } from './cache.js';
import { NzcValidationError } from './errors.js';
import { attachMeta } from './meta.js';
import { Transport, type CallOptions, type TransportOptions } from './transport.js';
import { validate, validateList, type InvalidItemPolicy, type SkippedItem } from './validate.js';

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

/** One page of a list; follow `next` (or use `all()`) for the rest. */
export type Page<T> = { data: T[]; total: number; next: string | null };

/** List operations of a resource. */
export type ListResource<T, Query> = {
  /** One page of the list. */
  list(query?: Query, options?: CallOptions): Promise<Page<T>>;
  /** One record by slug; NzcHttpError with status 404 when there is none. */
  get(slug: string, options?: CallOptions): Promise<T>;
  /** Every record, page after page, for `for await`. */
  all(query?: Omit<Query, 'cursor'>, options?: CallOptions): AsyncGenerator<T, void, undefined>;
};

export type NzcClient = {
  partners: ListResource<Partner, PartnersQuery>;
  cities: ListResource<City, CitiesQuery> & {
    /** The matching cities as a GeoJSON FeatureCollection, unpaginated. */
    geojson(query?: CitiesGeoJsonQuery, options?: CallOptions): Promise<CitiesGeoJson>;
  };
  themes: { list(options?: CallOptions): Promise<Page<Theme>> };
  topics: { list(options?: CallOptions): Promise<Page<Topic>> };
  /** Counts for filter badges, under the given partner filters. */
  stats(query?: StatsQuery, options?: CallOptions): Promise<Stats>;
  /** Forgets every cached response. */
  clearCache(): void;
};

const isBrowser = () => typeof (globalThis as { document?: unknown }).document !== 'undefined' || 'WorkerGlobalScope' in globalThis;

/** A typed query checked against its schema and written in canonical order, so equal queries share a URL. */
function queryParams(schema: z.ZodMiniObject, query: object | undefined, url: string): URLSearchParams {
  const parsed = z.safeParse(schema, query ?? {});
  if (!parsed.success) {
    throw new NzcValidationError(`Invalid query for ${url}`, {
      url,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: describeIssue(issue) })),
    });
  }
  const params = serializeQuery(parsed.data as Record<string, unknown>);
  params.sort();
  return params;
}

function checkSlug(slug: string, url: string): string {
  if (z.safeParse(Slug, slug).success) return slug;
  throw new NzcValidationError(`"${slug}" is not a slug`, { url, issues: [{ path: ['slug'], message: 'must be lowercase letters, digits and single hyphens' }] });
}

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
  const cache = new ResponseCache(options.cache ?? {});
  const policy = options.invalidItems ?? 'drop';
  const conditional = options.conditionalRequests ?? !isBrowser();

  /** Loads `url` through the cache and validates it with `parse`; returns a fresh result object with its meta. */
  async function load<T extends object>(
    url: string,
    parse: (body: unknown, url: string) => { value: T; skipped: SkippedItem[] },
    call: CallOptions = {},
  ): Promise<T> {
    const fetchParsed = async (etag: string | null, signal: AbortSignal): Promise<Fetched<{ value: T; skipped: SkippedItem[] }>> => {
      const response = await transport.get(url, { ...call, signal, etag: conditional ? etag : null });
      if (response.status === 304) return { notModified: true, etag: response.etag };
      return { notModified: false, entry: { value: parse(response.body, url), etag: response.etag, fetchedAt: Date.now() } };
    };
    const loaded = await cache.load(url, fetchParsed, call.signal);
    const { value, skipped } = loaded.entry.value;
    // A shallow copy per call, so that each result carries its own meta (stale or not).
    const result = (Array.isArray(value) ? [...value] : { ...value }) as T;
    return attachMeta(result, {
      stale: loaded.stale,
      fetchedAt: loaded.entry.fetchedAt,
      etag: loaded.entry.etag,
      skipped,
      error: loaded.error,
    });
  }

  const one = <T extends object>(schema: z.ZodMiniType<T>) => (body: unknown, url: string) => ({ value: validate(schema, body, url), skipped: [] });
  const many = <T>(schema: z.ZodMiniType<T>) => (body: unknown, url: string) => {
    const list = validateList(schema, body, url, policy);
    return { value: { data: list.data, total: list.total, next: list.next } as Page<T>, skipped: list.skipped };
  };

  function listResource<T extends object, Query extends object>(path: string, item: z.ZodMiniType<T>, querySchema: z.ZodMiniObject): ListResource<T, Query> {
    const parsePage = many(item);
    const list = (query?: Query, call?: CallOptions) => {
      const base = transport.url(path);
      return load(transport.url(path, queryParams(querySchema, query, base)), parsePage, call);
    };
    return {
      list,
      get: (slug, call) => load(transport.url(`${path}/${checkSlug(slug, transport.url(path))}`), one(item), call),
      async *all(query, call) {
        let page = await list({ limit: 100, ...query } as Query, call);
        yield* page.data;
        while (page.next) {
          if (!transport.owns(page.next)) {
            throw new NzcValidationError(`The next link ${page.next} leads outside the API`, { url: page.next, issues: [{ path: ['next'], message: 'not under the base URL' }] });
          }
          page = await load(page.next, parsePage, call);
          yield* page.data;
        }
      },
    };
  }

  const themesUrl = transport.url('themes');
  const topicsUrl = transport.url('topics');
  return {
    partners: listResource<Partner, PartnersQuery>('partners', Partner, PartnersQuery),
    cities: {
      ...listResource<City, CitiesQuery>('cities', City, CitiesQuery),
      geojson: (query, call) => {
        const base = transport.url('cities.geojson');
        return load(transport.url('cities.geojson', queryParams(CitiesGeoJsonQuery, query, base)), one(CitiesGeoJson), call);
      },
    },
    themes: { list: (call) => load(themesUrl, many(Theme), call) },
    topics: { list: (call) => load(topicsUrl, many(Topic), call) },
    stats: (query, call) => {
      const base = transport.url('stats');
      return load(transport.url('stats', queryParams(StatsQuery, query, base)), one(Stats), call);
    },
    clearCache: () => cache.clear(),
  };
}
