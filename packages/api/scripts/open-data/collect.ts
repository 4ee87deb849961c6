/**
 * What the API serves, read through the API itself (its handler, in-process): every collection
 * its OpenAPI document lists, page by page, every GeoJSON view, and the document. A resource
 * added to the API and its contract appears here without a change.
 */
import { createApp } from '../../src/app.js';
import type { Dataset } from '../../src/dataset/validate.js';

export type Collection = {
  /** File name stem, from the path: `/partners` → `partners`. */
  name: string;
  path: string;
  records: Record<string, unknown>[];
};

export type GeoJsonView = { name: string; path: string; body: unknown };

export type Served = {
  /** `info` of the OpenAPI document: title, version, description, licence. */
  info: { title: string; version: string; description: string; license?: { name: string; identifier?: string } };
  openapi: unknown;
  collections: Collection[];
  geojson: GeoJsonView[];
};

type OpenApiLike = { info: Served['info']; paths: Record<string, { get?: unknown }> };
type Envelope = { data: Record<string, unknown>[]; total: number; next: string | null };

const isEnvelope = (body: unknown): body is Envelope =>
  typeof body === 'object' && body !== null && Array.isArray((body as Envelope).data) && 'next' in body && 'total' in body;

/**
 * Reads everything the API at `apiUrl` (e.g. `https://api.example.org/v1`) serves. The URL only
 * shapes the links inside the answers (GeoJSON features name their city's URL); nothing is
 * fetched over the network.
 */
export async function collectServed(apiUrl: string, dataset?: Dataset): Promise<Served> {
  const api = apiUrl.replace(/\/+$/, '');
  const app = createApp({ basePath: new URL(api).pathname, ...(dataset ? { dataset } : {}) });
  const get = async (url: string): Promise<{ mediaType: string; body: unknown }> => {
    const response = await app.fetch(new Request(url));
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return { mediaType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(), body: await response.json() };
  };

  const openapi = (await get(`${api}/openapi.json`)).body as OpenApiLike;
  const collections: Collection[] = [];
  const geojson: GeoJsonView[] = [];
  for (const [path, item] of Object.entries(openapi.paths)) {
    // One record by slug, and the document itself, are parts of what is exported whole.
    if (!item.get || path.includes('{') || path === '/openapi.json') continue;
    const name = path.slice(1).replace(/\.[a-z]+$/, '').replace(/\//g, '-');
    const first = await get(`${api}${path}`);
    if (first.mediaType === 'application/geo+json') {
      geojson.push({ name, path, body: first.body });
    } else if (isEnvelope(first.body)) {
      const records = [...first.body.data];
      for (let next = first.body.next; next !== null; ) {
        const page = (await get(next)).body as Envelope;
        records.push(...page.data);
        next = page.next;
      }
      if (records.length !== first.body.total) throw new Error(`${path}: read ${records.length} records of ${first.body.total}`);
      collections.push({ name, path, records });
    }
    // Anything else (the statistics) is computed from the collections, not data of its own.
  }
  return { info: openapi.info, openapi, collections, geojson };
}
