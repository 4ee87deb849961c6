/**
 * The msw adapter answers exactly what the Node server answers: same status, same body bytes
 * (once the origins are swapped) and the same headers that clients read.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setupServer } from 'msw/node';
import type { CitiesGeoJson, City, ListEnvelope } from '@nzc/schema';
import { createHandlers } from '../src/msw.js';
import { conformsToOpenApi } from './helpers/assertions.js';
import { cities, slugSet } from './helpers/data.js';
import { type Reply, readReply, useServer } from './helpers/server.js';

const api = useServer();

const MSW_ORIGIN = 'https://api.nzc.test';
const MSW_BASE = `${MSW_ORIGIN}/v1`;
const NESTED_BASE = 'https://data.example.test/nzc/v1';
const SLASHED_BASE = 'https://slashed.example.test/api/v1/';

const mock = setupServer(
  ...createHandlers({ baseUrl: MSW_BASE }),
  ...createHandlers({ baseUrl: NESTED_BASE }),
  ...createHandlers({ baseUrl: SLASHED_BASE }),
);

before(() => {
  mock.listen({
    // Requests to the real server on loopback pass through; anything else unhandled is a test bug.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  });
});
after(() => mock.close());

async function viaMsw(url: string, init: RequestInit = {}): Promise<Reply> {
  return readReply((init.method ?? 'GET').toUpperCase(), url, await fetch(url, init));
}

const comparedHeaders = ['content-type', 'cache-control', 'access-control-allow-origin', 'access-control-expose-headers', 'allow'];

type Case = { path: string; init?: RequestInit; status: number };

const cases: Case[] = [
  { path: '/themes', status: 200 },
  { path: '/topics', status: 200 },
  { path: '/partners', status: 200 },
  { path: '/partners?theme=mobility&sort=-signed&limit=2', status: 200 },
  { path: '/partners/civitas', status: 200 },
  { path: '/cities', status: 200 },
  { path: '/cities?limit=7&sort=label', status: 200 },
  { path: '/cities?country=DE&sort=-population', status: 200 },
  { path: '/cities?q=lodz', status: 200 },
  { path: '/cities/mt-gozo', status: 200 },
  { path: '/cities/nl-eindhoven-and-helmond', status: 200 },
  { path: '/cities.geojson', status: 200 },
  { path: '/cities.geojson?country=NL', status: 200 },
  { path: '/stats', status: 200 },
  { path: '/stats?type=initiative', status: 200 },
  { path: '/openapi.json', status: 200 },
  { path: '/themes', init: { method: 'HEAD' }, status: 200 },
  { path: '/cities?limit=0', status: 400 },
  { path: '/partners?colour=green', status: 400 },
  { path: '/cities?theme=teleportation', status: 400 },
  { path: '/partners/CIVITAS', status: 400 },
  { path: '/cities/a%2Fb', status: 400 },
  { path: '/cities/xx-atlantis', status: 404 },
  { path: '/partners/no-such-partner', status: 404 },
  { path: '/nowhere', status: 404 },
  { path: `/cities?q=${'x'.repeat(2100)}`, status: 414 },
  { path: '/themes', init: { method: 'POST', body: '{}' }, status: 405 },
  { path: '/cities', init: { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } }, status: 204 },
];

/** Asserts that the real server and msw answer `path` the same way. */
async function assertSame(path: string, init: RequestInit | undefined, status: number): Promise<{ real: Reply; mocked: Reply }> {
  const real = await api.request(`/v1${path}`, init);
  const mocked = await viaMsw(`${MSW_BASE}${path}`, init);
  const where = `${init?.method ?? 'GET'} ${path.slice(0, 60)}`;
  assert.equal(real.status, status, `${where}: server status`);
  assert.equal(mocked.status, real.status, `${where}: msw status`);
  assert.equal(mocked.text.replaceAll(MSW_ORIGIN, api.origin()), real.text, `${where}: body bytes`);
  for (const name of comparedHeaders) assert.equal(mocked.headers.get(name), real.headers.get(name), `${where}: ${name}`);
  const [realTag, mockedTag] = [real.headers.get('etag'), mocked.headers.get('etag')];
  if (status === 200) {
    assert.ok(realTag && mockedTag, `${where}: both have an ETag`);
    // Strong validators: equal exactly when the bytes are (a body with a URL in it differs by origin).
    if (mocked.text === real.text) assert.equal(mockedTag, realTag, `${where}: same bytes, same ETag`);
    else assert.notEqual(mockedTag, realTag, `${where}: other bytes, other ETag`);
  } else {
    assert.equal(mockedTag, realTag, `${where}: ETag`);
  }
  return { real, mocked };
}

describe('msw answers like the server', () => {
  for (const { path, init, status } of cases) {
    test(`${init?.method ?? 'GET'} ${path.slice(0, 60)} → ${status}`, async () => {
      await assertSame(path, init, status);
    });
  }

  test('bodies that carry URLs carry the base URL they were asked on', async () => {
    const { mocked } = await assertSame('/cities?limit=7', undefined, 200);
    assert.ok((mocked.body as ListEnvelope<City>).next?.startsWith(`${MSW_BASE}/cities?`));
  });

  test('304 on a matching If-None-Match, from either side', async () => {
    for (const path of ['/themes', '/partners/civitas', '/cities?limit=7', '/cities.geojson']) {
      const realTag = (await api.request(`/v1${path}`)).headers.get('etag')!;
      const mockedTag = (await viaMsw(`${MSW_BASE}${path}`)).headers.get('etag')!;
      const real = await api.request(`/v1${path}`, { headers: { 'If-None-Match': realTag } });
      const mocked = await viaMsw(`${MSW_BASE}${path}`, { headers: { 'If-None-Match': mockedTag } });
      assert.equal(real.status, 304, path);
      assert.equal(mocked.status, 304, path);
      assert.equal(mocked.text, '');
      for (const name of ['cache-control', 'access-control-allow-origin', 'access-control-expose-headers']) {
        assert.equal(mocked.headers.get(name), real.headers.get(name), `${path}: ${name}`);
      }
      assert.equal(mocked.headers.get('etag'), mockedTag);
    }
    // Where the bytes do not depend on the origin, the server's ETag revalidates against msw.
    const etag = (await api.request('/v1/partners/civitas')).headers.get('etag')!;
    await assertSame('/partners/civitas', { headers: { 'If-None-Match': etag } }, 304);
  });
});

describe('msw under another base path', () => {
  test('lists page under the base path: next keeps the prefix and reaches every city', async () => {
    const seen: string[] = [];
    let next: string | null = `${NESTED_BASE}/cities?limit=30`;
    while (next) {
      assert.ok(next.startsWith(`${NESTED_BASE}/cities?`), next);
      const reply = await viaMsw(next);
      assert.equal(reply.status, 200, next);
      const page = reply.body as ListEnvelope<City>;
      assert.equal(page.total, cities.length);
      seen.push(...page.data.map((city) => city.slug));
      next = page.next;
    }
    assert.deepEqual([...seen].sort(), slugSet(cities));
    assert.equal(new Set(seen).size, seen.length);
  });

  test('records, GeoJSON urls and errors answer under the base path', async () => {
    const city = await viaMsw(`${NESTED_BASE}/cities/mt-gozo`);
    assert.equal(city.status, 200);
    assert.equal((city.body as City).slug, 'mt-gozo');
    const geojson = (await viaMsw(`${NESTED_BASE}/cities.geojson?country=MT`)).body as CitiesGeoJson;
    const url = geojson.features[0]?.properties.url;
    assert.equal(url, `${NESTED_BASE}/cities/mt-gozo`);
    assert.equal((await viaMsw(url)).text, city.text);
    const missing = await viaMsw(`${NESTED_BASE}/cities/xx-atlantis`);
    assert.equal(missing.status, 404);
    assert.equal(missing.contentType, 'application/problem+json');
    const bad = await viaMsw(`${NESTED_BASE}/cities?limit=0`);
    assert.equal(bad.status, 400);
    // The default prefix is not answered there.
    const elsewhere = await viaMsw(`${NESTED_BASE}/v1/cities`);
    assert.equal(elsewhere.status, 404);
  });

  test("the OpenAPI document's server URL leads back to the base path", async () => {
    const documentUrl = `${NESTED_BASE}/openapi.json`;
    const doc = (await viaMsw(documentUrl)).body as { servers: { url: string }[] };
    const server = doc.servers[0]?.url;
    assert.ok(server !== undefined);
    // A relative server URL is relative to where the document is served (OpenAPI 3.1 §4.8.5).
    assert.equal(new URL(server, documentUrl).href.replace(/\/$/, ''), NESTED_BASE);
    const list = await viaMsw(`${new URL(server, documentUrl).href.replace(/\/$/, '')}/themes`);
    assert.equal(list.status, 200);
  });

  test('a base URL given with a trailing slash works the same', async () => {
    const reply = await viaMsw(`${SLASHED_BASE}cities?limit=5`);
    assert.equal(reply.status, 200);
    assert.ok((reply.body as ListEnvelope<City>).next?.startsWith(`${SLASHED_BASE}cities?`));
  });
});

conformsToOpenApi(api);
