/**
 * HTTP behaviour a client relies on: strong ETags and 304s, HEAD, CORS, read-only methods.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem, conformsToOpenApi, headerList } from './helpers/assertions.js';
import { cities, partners } from './helpers/data.js';
import { type Reply, useServer } from './helpers/server.js';

const api = useServer();

/** One URL of every endpoint, answered 200. */
const okPaths = [
  '/v1/partners',
  '/v1/partners?theme=mobility&sort=-signed&limit=2',
  `/v1/partners/${partners[0]!.slug}`,
  '/v1/cities',
  '/v1/cities?country=DE&sort=-population',
  `/v1/cities/${cities[0]!.slug}`,
  '/v1/cities.geojson',
  '/v1/cities.geojson?label=none',
  '/v1/themes',
  '/v1/topics',
  '/v1/stats',
  '/v1/stats?type=initiative',
  '/v1/openapi.json',
];

/** Answers of every kind, for the headers every answer must or must not carry. */
const allKinds: { path: string; init?: RequestInit; status: number }[] = [
  ...okPaths.map((path) => ({ path, status: 200 })),
  { path: '/v1/themes', init: { method: 'HEAD' }, status: 200 },
  { path: '/v1/cities?limit=0', status: 400 },
  { path: '/v1/cities/xx-atlantis', status: 404 },
  { path: '/v1/nothing-here', status: 404 },
  { path: '/v1/themes', init: { method: 'POST', body: '{}' }, status: 405 },
  { path: `/v1/cities?q=${'x'.repeat(2100)}`, status: 414 },
  { path: '/v1/themes', init: { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } }, status: 204 },
];

const STRONG_ETAG = /^"[\x21\x23-\x7e]+"$/;

async function etagOf(path: string): Promise<{ etag: string; reply: Reply }> {
  const reply = await api.request(path);
  assert.equal(reply.status, 200, path);
  const etag = reply.headers.get('etag');
  assert.ok(etag, `${path}: ETag`);
  return { etag, reply };
}

describe('ETag and conditional requests', () => {
  test('every 200 carries a strong ETag (no W/), stable across requests', async () => {
    for (const path of okPaths) {
      const { etag } = await etagOf(path);
      assert.match(etag, STRONG_ETAG, `${path}: strong ETag`);
      assert.equal((await etagOf(path)).etag, etag, `${path}: same bytes, same ETag`);
    }
  });

  test('different representations have different ETags', async () => {
    const etags = new Set<string>();
    for (const path of okPaths) etags.add((await etagOf(path)).etag);
    assert.equal(etags.size, okPaths.length);
  });

  test('a matching If-None-Match is answered 304 with an empty body and the same validators', async () => {
    for (const path of okPaths) {
      const { etag, reply: full } = await etagOf(path);
      const reply = await api.request(path, { headers: { 'If-None-Match': etag } });
      assert.equal(reply.status, 304, path);
      assert.equal(reply.text, '', `${path}: empty body`);
      assert.equal(reply.headers.get('etag'), etag, `${path}: 304 carries the ETag`);
      assert.equal(reply.headers.get('cache-control'), full.headers.get('cache-control'), `${path}: 304 carries Cache-Control`);
      assert.ok(reply.headers.get('cache-control'), `${path}: Cache-Control present`);
      assert.equal(reply.headers.get('access-control-allow-origin'), '*', `${path}: 304 carries CORS`);
      assert.ok(headerList(reply.headers.get('access-control-expose-headers')).includes('etag'), `${path}: 304 exposes ETag`);
    }
  });

  test('If-None-Match with a list, a weak form or * also matches', async () => {
    const path = '/v1/cities?country=NO';
    const { etag } = await etagOf(path);
    for (const header of [`"nope", ${etag}`, `${etag},"other"`, `W/${etag}`, `"a", W/${etag}, "b"`, '*']) {
      const reply = await api.request(path, { headers: { 'If-None-Match': header } });
      assert.equal(reply.status, 304, `If-None-Match: ${header}`);
      assert.equal(reply.text, '');
    }
  });

  test('a non-matching If-None-Match is answered 200 with the body', async () => {
    const path = '/v1/themes';
    const { etag, reply: full } = await etagOf(path);
    const other = (await etagOf('/v1/topics')).etag;
    for (const header of ['"nope"', other, `W/${other}`, `${etag.slice(0, -2)}"`, etag.slice(1, -1)]) {
      const reply = await api.request(path, { headers: { 'If-None-Match': header } });
      assert.equal(reply.status, 200, `If-None-Match: ${header}`);
      assert.equal(reply.text, full.text);
      assert.equal(reply.headers.get('etag'), etag);
    }
  });

  test('a conditional first request to a URL is answered 304 when the bytes are the same', async () => {
    // The same list asked with its parameters in another order: the same bytes, so the same
    // strong ETag, even though this URL was never requested before.
    const { etag, reply } = await etagOf('/v1/cities?country=NO,MT&sort=label');
    assert.equal(reply.body && (reply.body as { next: unknown }).next, null, 'one page, so no URL inside the body');
    const conditional = await api.request('/v1/cities?sort=label&country=NO,MT', { headers: { 'If-None-Match': etag } });
    assert.equal(conditional.status, 304);
    assert.equal(conditional.headers.get('etag'), etag);
  });
});

describe('HEAD', () => {
  test('HEAD answers like GET without a body', async () => {
    for (const path of okPaths) {
      const { etag, reply: full } = await etagOf(path);
      const head = await api.request(path, { method: 'HEAD' });
      assert.equal(head.status, 200, path);
      assert.equal(head.text, '', `${path}: no body`);
      assert.equal(head.headers.get('etag'), etag, `${path}: same ETag as GET`);
      assert.equal(head.headers.get('content-type'), full.headers.get('content-type'), `${path}: same Content-Type`);
      assert.equal(head.headers.get('access-control-allow-origin'), '*');
    }
  });

  test('HEAD honours If-None-Match and answers 404 for unknown records', async () => {
    const { etag } = await etagOf('/v1/stats');
    assert.equal((await api.request('/v1/stats', { method: 'HEAD', headers: { 'If-None-Match': etag } })).status, 304);
    assert.equal((await api.request('/v1/partners/no-such-partner', { method: 'HEAD' })).status, 404);
  });
});

describe('CORS and cookies', () => {
  test('every answer allows any origin, exposes ETag, never allows credentials and sets no cookie', async () => {
    for (const { path, init, status } of allKinds) {
      const reply = await api.request(path, { ...init, headers: { Origin: 'https://widgets.example.org', ...(init?.headers as Record<string, string>) } });
      const where = `${init?.method ?? 'GET'} ${path.slice(0, 60)}`;
      assert.equal(reply.status, status, where);
      assert.equal(reply.headers.get('access-control-allow-origin'), '*', `${where}: Allow-Origin`);
      assert.ok(headerList(reply.headers.get('access-control-expose-headers')).includes('etag'), `${where}: ETag exposed`);
      assert.equal(reply.headers.get('access-control-allow-credentials'), null, `${where}: no credentials`);
      assert.deepEqual(reply.headers.getSetCookie(), [], `${where}: no Set-Cookie`);
    }
  });

  test('a 304 answer carries the CORS headers too', async () => {
    const { etag } = await etagOf('/v1/topics');
    const reply = await api.request('/v1/topics', { headers: { 'If-None-Match': etag, Origin: 'https://example.org' } });
    assert.equal(reply.status, 304);
    assert.equal(reply.headers.get('access-control-allow-origin'), '*');
    assert.equal(reply.headers.get('access-control-allow-credentials'), null);
  });

  test('an OPTIONS preflight answers 204 allowing GET and the If-None-Match header', async () => {
    for (const path of ['/v1/cities', '/v1/partners/civitas', '/v1/cities.geojson']) {
      const reply = await api.request(path, {
        method: 'OPTIONS',
        headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
      });
      assert.equal(reply.status, 204, path);
      assert.equal(reply.text, '');
      assert.equal(reply.headers.get('access-control-allow-origin'), '*');
      assert.ok(headerList(reply.headers.get('access-control-allow-methods')).includes('get'), `${path}: GET allowed`);
      assert.ok(headerList(reply.headers.get('access-control-allow-headers')).includes('if-none-match'), `${path}: If-None-Match allowed`);
      assert.equal(reply.headers.get('access-control-allow-credentials'), null);
    }
  });

  test('errors are not cacheable, successes are', async () => {
    assert.match((await api.request('/v1/themes')).headers.get('cache-control') ?? '', /max-age=\d+/);
    for (const path of ['/v1/cities?limit=0', '/v1/cities/xx-atlantis']) {
      assert.match((await api.request(path)).headers.get('cache-control') ?? '', /no-store/, path);
    }
  });
});

describe('read-only', () => {
  test('other methods are a 405 problem with an Allow header', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/v1/themes', '/v1/partners/civitas', '/v1/cities']) {
        const reply = await api.request(path, { method, body: method === 'DELETE' ? null : '{"name":"x"}', headers: { 'Content-Type': 'application/json' } });
        assertProblem(reply, 405);
        const allow = headerList(reply.headers.get('allow'));
        assert.ok(allow.includes('get'), `${method} ${path}: Allow lists GET`);
        assert.ok(!allow.includes(method.toLowerCase()), `${method} ${path}: Allow does not list ${method}`);
        assert.equal(reply.headers.get('access-control-allow-origin'), '*');
      }
    }
    // The data is unchanged.
    assert.equal((await api.json<{ total: number }>('/v1/cities')).total, cities.length);
  });
});

conformsToOpenApi(api);
