import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import {
  CitiesGeoJsonQuery,
  CitiesQuery,
  EmptyQuery,
  PartnersQuery,
  StatsQuery,
  parseQuery,
  queryLimits,
  type ProblemError,
} from '@nzc/schema';
import { createOpenApiDocument } from '@nzc/schema/openapi';
import { indexDataset, type DatasetIndex } from './dataset/index.js';
import { embeddedDataset } from './dataset/load.js';
import type { Dataset } from './dataset/validate.js';
import { preflightHeaders } from './http/headers.js';
import { LruMap } from './http/lru.js';
import { publicRequestUrl, type PublicUrlOptions } from './http/public-url.js';
import { requestIdFor } from './http/request-id.js';
import { invalidParameters, problemResponse } from './http/problem.js';
import { type Representation, represent, respond } from './http/representation.js';
import { decodeCursor, paginate } from './paging.js';
import { filterCities, sortCities } from './resources/cities.js';
import { citiesGeoJson } from './resources/geojson.js';
import { filterPartners, sortPartners } from './resources/partners.js';
import type { Outcome } from './resources/references.js';
import { computeStats } from './resources/stats.js';

export type ApiOptions = PublicUrlOptions & {
  /** The data to serve; the embedded dataset by default. */
  dataset?: Dataset;
  /** How many distinct responses to keep serialised, with their ETags. */
  cacheSize?: number;
  /** Path the API answers under; `/v1` by default. */
  basePath?: string;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a route computes: a value to send as JSON, or the errors that name what was wrong. */
type Resolution = Outcome<{ value: unknown; contentType?: string }> | { ok: 'not-found'; detail: string };

/**
 * The reference API as one web-standard fetch handler (`app.fetch(request)`), mounted under
 * `/v1` (or `basePath`). The same handler serves Node (./node.ts), msw (./msw.ts) and any edge runtime.
 */
export function createApp(options: ApiOptions = {}): Hono {
  const index: DatasetIndex = indexDataset(options.dataset ?? embeddedDataset);
  // Responses depend only on the URL (the data is immutable), so each distinct URL is
  // serialised and hashed once; repeats, and every 304, skip that work.
  const cache = new LruMap<string, Representation>(options.cacheSize ?? 512);
  const app = new Hono();
  const basePath = options.basePath ?? '/v1';

  app.use('*', async (c, next) => {
    const id = requestIdFor(c.req.raw);
    const early = screen(c.req.raw);
    if (early) {
      early.headers.set('X-Request-Id', id);
      return early;
    }
    await next();
    c.res.headers.set('X-Request-Id', id);
  });

  /** The answer to a request that never reaches a route: too long, a preflight, or not a read. */
  function screen(request: Request): Response | undefined {
    const url = new URL(request.url);
    if (url.search.length - 1 > queryLimits.maxQueryLength) {
      return problemResponse('uriTooLong', 414, `The query string is longer than ${queryLimits.maxQueryLength} bytes.`, { instance: url.pathname });
    }
    const method = request.method;
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: preflightHeaders });
    if (method !== 'GET' && method !== 'HEAD') {
      return problemResponse('methodNotAllowed', 405, `${method} is not supported; this API is read-only.`, {
        instance: url.pathname,
        headers: { Allow: 'GET, HEAD, OPTIONS' },
      });
    }
    return undefined;
  }

  /** Runs `resolve` once per distinct URL and answers 200, 304, 400 or 404. */
  const serve = <Query extends z.ZodMiniObject>(
    c: Context,
    querySchema: Query,
    resolve: (query: z.infer<Query>, url: URL) => Resolution,
  ) => {
    // Links in the answer (`next`) are built from the URL the client used, which the cache key must follow too.
    const url = publicRequestUrl(c.req.raw, basePath, options);
    const ifNoneMatch = c.req.header('If-None-Match') ?? null;
    const cached = cache.get(url.href);
    if (cached) return respond(cached, ifNoneMatch);
    const parsed = parseQuery(querySchema, url.searchParams);
    if (!parsed.ok) return invalidParameters(parsed.errors, url.pathname);
    const resolution = resolve(parsed.value, url);
    if (resolution.ok === 'not-found') return problemResponse('notFound', 404, resolution.detail, { instance: url.pathname });
    if (!resolution.ok) return invalidParameters(resolution.errors, url.pathname);
    return represent(resolution.value.value, resolution.value.contentType).then((representation) => {
      cache.set(url.href, representation);
      return respond(representation, ifNoneMatch);
    });
  };

  /** The slug path segment, or a 400 naming it when it cannot be a slug (e.g. an encoded slash). */
  const slugError = (slug: string): ProblemError[] =>
    SLUG.test(slug) && slug.length <= 80 ? [] : [{ parameter: 'slug', detail: 'must be lowercase letters, digits and single hyphens (at most 80)' }];

  /** The record the slug names, a 400 when it cannot be a slug, or a 404 saying that no `what` has it. */
  const bySlug = <Item>(slug: string, records: Map<string, Item>, what: string): Resolution => {
    const errors = slugError(slug);
    if (errors.length > 0) return { ok: false, errors };
    const record = records.get(slug);
    return record ? { ok: true, value: { value: record } } : { ok: 'not-found', detail: `No ${what} has the slug "${slug}".` };
  };

  /** The page of `items` that the query's cursor and limit select, with a `next` link after it. */
  const page = <Item>(items: Item[], query: { cursor?: string; limit?: number }, url: URL): Resolution => {
    const position = decodeCursor(query.cursor, items.length);
    if ('error' in position) return { ok: false, errors: [position.error] };
    return { ok: true, value: { value: paginate(items, position.offset, query.limit, url) } };
  };

  const v1 = new Hono();

  v1.get('/partners', (c) =>
    serve(c, PartnersQuery, (query, url) => {
      const filtered = filterPartners(index, query);
      return filtered.ok ? page(sortPartners(filtered.value, query.sort), query, url) : filtered;
    }),
  );

  v1.get('/partners/:slug', (c) => serve(c, EmptyQuery, () => bySlug(c.req.param('slug'), index.partnerBySlug, 'partner')));

  v1.get('/cities.geojson', (c) =>
    serve(c, CitiesGeoJsonQuery, (query, url) => {
      const filtered = filterCities(index, query);
      if (!filtered.ok) return filtered;
      const cityUrl = (slug: string) => new URL(`cities/${slug}`, new URL('./', url)).href;
      return { ok: true, value: { value: citiesGeoJson(sortCities(filtered.value), cityUrl), contentType: 'application/geo+json' } };
    }),
  );

  v1.get('/cities', (c) =>
    serve(c, CitiesQuery, (query, url) => {
      const filtered = filterCities(index, query);
      return filtered.ok ? page(sortCities(filtered.value, query.sort), query, url) : filtered;
    }),
  );

  v1.get('/cities/:slug', (c) => serve(c, EmptyQuery, () => bySlug(c.req.param('slug'), index.cityBySlug, 'Mission city')));

  v1.get('/themes', (c) => serve(c, EmptyQuery, () => ({ ok: true, value: { value: { data: index.themes, total: index.themes.length, next: null } } })));
  v1.get('/topics', (c) => serve(c, EmptyQuery, () => ({ ok: true, value: { value: { data: index.topics, total: index.topics.length, next: null } } })));

  v1.get('/stats', (c) =>
    serve(c, StatsQuery, (query) => {
      const filtered = filterPartners(index, query);
      return filtered.ok ? { ok: true, value: { value: computeStats(index, filtered.value) } } : filtered;
    }),
  );

  // The server URL in the document is relative to where the document is served; it must name
  // the path the API is mounted under (e.g. `/nzc/v1` behind msw), not always `/v1`.
  v1.get('/openapi.json', (c) =>
    serve(c, EmptyQuery, () => {
      const document = createOpenApiDocument();
      return { ok: true, value: { value: { ...document, servers: document.servers.map((server) => ({ ...server, url: basePath || '/' })) } } };
    }),
  );

  app.route(basePath, v1);

  app.notFound((c) =>
    problemResponse('notFound', 404, `There is no resource at this path; see ${basePath}/openapi.json.`, { instance: new URL(c.req.url).pathname }),
  );
  app.onError((error, c) => {
    // Bad input never reaches here (it is answered with a 4xx above); anything that does is a bug.
    console.error(error);
    return problemResponse('internal', 500, 'The server failed to answer this request.', { instance: new URL(c.req.url).pathname });
  });
  return app;
}
