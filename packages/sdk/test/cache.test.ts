/**
 * Sharing of identical requests in flight, and the in-memory cache: max age,
 * stale-while-revalidate, conditional revalidation with ETag, and last good data on failure.
 * Requests are counted where the API sees them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { createClient, getResponseMeta, NzcAbortError, NzcHttpError, NzcNetworkError, type ClientOptions } from '../src/index.js';
import { apiAnswer, baseUrl, collectUnhandledRejections, eventually, sleep, useMockApi } from './helpers/mock-api.js';

const api = useMockApi();
const rejections = collectUnhandledRejections();

const client = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl, timeout: 1_000, retry: { backoffLimit: 20 }, ...options });

/** Makes the real API answer `path` only after `ms`. */
const slowDown = (path: string, ms: number) =>
  api.server.use(
    http.get(`${baseUrl}${path}`, async () => {
      await delay(ms);
      return undefined;
    }),
  );

describe('identical requests in flight share one request', () => {
  test('10 concurrent identical calls make exactly one request and get equal results', async () => {
    slowDown('/partners', 30);
    const nzc = client({ cache: false });
    const results = await Promise.all(Array.from({ length: 10 }, () => nzc.partners.list({ limit: 5, sort: 'name' })));
    assert.equal(api.requestsTo('/partners').length, 1);
    const expected = (await apiAnswer(`${baseUrl}/partners?limit=5&sort=name`)).body;
    for (const result of results) assert.deepStrictEqual(result, expected);
  });

  test('the same query written with keys in a different order shares one request', async () => {
    slowDown('/cities', 30);
    const nzc = client();
    const [a, b, c] = await Promise.all([
      nzc.cities.list({ country: ['DE'], limit: 3, sort: 'name' }),
      nzc.cities.list({ sort: 'name', limit: 3, country: ['DE'] }),
      nzc.cities.list({ limit: 3, country: ['DE'], sort: 'name' }),
    ]);
    assert.equal(api.requestsTo('/cities').length, 1);
    assert.deepStrictEqual(a, b);
    assert.deepStrictEqual(b, c);
  });

  test('different queries are not shared', async () => {
    const nzc = client();
    await Promise.all([nzc.cities.list({ limit: 3 }), nzc.cities.list({ limit: 4 })]);
    assert.equal(api.requestsTo('/cities').length, 2);
  });

  test('a caller that aborts does not cancel the shared request for the others', async () => {
    slowDown('/themes', 150);
    const nzc = client();
    const controller = new AbortController();
    const leaving = nzc.themes.list({ signal: controller.signal });
    const staying = nzc.themes.list();
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(leaving, NzcAbortError);
    const page = await staying;
    assert.equal(api.requestsTo('/themes').length, 1);
    assert.deepStrictEqual(page, (await apiAnswer(`${baseUrl}/themes`)).body);
  });

  test('when the last caller aborts, the request is cancelled, and a caller right after gets a new one', async () => {
    const signals: AbortSignal[] = [];
    api.server.use(
      http.get(`${baseUrl}/topics`, async ({ request }) => {
        signals.push(request.signal);
        await delay(100);
        return undefined;
      }),
    );
    const nzc = client();
    const controller = new AbortController();
    const leaving = nzc.topics.list({ signal: controller.signal });
    await eventually(() => signals.length === 1);
    controller.abort();
    await assert.rejects(leaving, NzcAbortError);
    // Called as soon as the only caller has gone: it must not inherit the cancelled request.
    const page = await nzc.topics.list();
    assert.ok(signals[0]!.aborted, 'the abandoned request was aborted');
    assert.ok(page.data.length > 0);
    assert.equal(signals.length, 2);
  });
});

describe('cache', () => {
  test('within maxAge a repeat call is served from memory with zero requests', async () => {
    const nzc = client({ cache: { maxAge: 60_000 } });
    const first = await nzc.stats();
    const second = await nzc.stats();
    assert.equal(api.requestsTo('/stats').length, 1);
    assert.deepStrictEqual(second, first);
    assert.equal(getResponseMeta(second)!.fetchedAt, getResponseMeta(first)!.fetchedAt);
  });

  test('without maxAge every call asks the API', async () => {
    const nzc = client();
    await nzc.stats();
    await nzc.stats();
    assert.equal(api.requestsTo('/stats').length, 2);
  });

  test('stale-while-revalidate serves the cached value at once and makes exactly one background request', async () => {
    const nzc = client({ cache: { maxAge: 200, staleWhileRevalidate: 60_000 } });
    const first = await nzc.themes.list();
    const firstFetched = getResponseMeta(first)!.fetchedAt;
    await sleep(220);
    slowDown('/themes', 50);
    const started = performance.now();
    const served = await Promise.all(Array.from({ length: 5 }, () => nzc.themes.list()));
    assert.ok(performance.now() - started < 40, 'served without waiting for the API');
    for (const page of served) {
      assert.deepStrictEqual(page, first);
      assert.equal(getResponseMeta(page)!.fetchedAt, firstFetched);
      assert.equal(getResponseMeta(page)!.stale, false);
    }
    await eventually(() => api.requestsTo('/themes').length === 2);
    await sleep(100);
    assert.equal(api.requestsTo('/themes').length, 2, 'one request at first, one in the background');
    const refreshed = await nzc.themes.list();
    assert.ok(getResponseMeta(refreshed)!.fetchedAt > firstFetched, 'the background request refreshed the cache');
    assert.equal(api.requestsTo('/themes').length, 2);
  });

  test('past maxAge + staleWhileRevalidate the caller waits for the API', async () => {
    const nzc = client({ cache: { maxAge: 10, staleWhileRevalidate: 10 } });
    const first = await nzc.themes.list();
    await sleep(40);
    const second = await nzc.themes.list();
    assert.ok(getResponseMeta(second)!.fetchedAt > getResponseMeta(first)!.fetchedAt);
    assert.equal(api.requestsTo('/themes').length, 2);
  });

  test('in Node, revalidation sends If-None-Match and the API answers 304', async () => {
    const nzc = client();
    const first = await nzc.cities.get('mt-gozo');
    const etag = getResponseMeta(first)!.etag;
    assert.match(etag ?? '', /^"[0-9a-f]+"$/);
    const second = await nzc.cities.get('mt-gozo');
    const third = await nzc.cities.get('mt-gozo');
    const seen = api.requestsTo('/cities/mt-gozo');
    assert.deepStrictEqual(
      seen.map((request) => request.headers.get('If-None-Match')),
      [null, etag, etag],
    );
    assert.deepStrictEqual(api.statuses, [200, 304, 304]);
    assert.deepStrictEqual(second, first);
    assert.deepStrictEqual(third, first);
    assert.ok(getResponseMeta(third)!.fetchedAt >= getResponseMeta(first)!.fetchedAt);
  });

  test('conditionalRequests: false never sends If-None-Match', async () => {
    const nzc = client({ conditionalRequests: false });
    await nzc.cities.get('mt-gozo');
    await nzc.cities.get('mt-gozo');
    assert.deepStrictEqual(api.requestsTo('/cities/mt-gozo').map((request) => request.headers.get('If-None-Match')), [null, null]);
    assert.deepStrictEqual(api.statuses, [200, 200]);
  });

  test('cache: false keeps nothing: no If-None-Match, no stale data', async () => {
    const nzc = client({ cache: false });
    await nzc.cities.get('mt-gozo');
    await nzc.cities.get('mt-gozo');
    assert.deepStrictEqual(api.statuses, [200, 200]);
  });

  test('a 304 the SDK did not ask for is an NzcHttpError, not a crash', async () => {
    const etag = (await fetch(`${baseUrl}/themes`)).headers.get('ETag')!;
    await assert.rejects(client().themes.list({ headers: { 'If-None-Match': etag } }), (error: unknown) => error instanceof NzcHttpError && error.status === 304);
  });

  test('staleIfError serves the last good data, marked stale, when the network fails', async () => {
    const nzc = client({ cache: { staleIfError: true }, retry: false });
    const good = await nzc.partners.list({ limit: 2 });
    assert.equal(getResponseMeta(good)!.stale, false);
    api.server.use(http.get(`${baseUrl}/partners`, () => HttpResponse.error()));
    const served = await nzc.partners.list({ limit: 2 });
    assert.deepStrictEqual(served, good);
    const meta = getResponseMeta(served)!;
    assert.equal(meta.stale, true);
    assert.ok(meta.error instanceof NzcNetworkError);
    assert.equal(meta.fetchedAt, getResponseMeta(good)!.fetchedAt);
    // The first result keeps its own meta.
    assert.equal(getResponseMeta(good)!.stale, false);
  });

  test('staleIfError also covers 5xx, but not 4xx', async () => {
    const nzc = client({ cache: { staleIfError: true }, retry: false });
    const good = await nzc.cities.get('mt-gozo');
    api.server.use(http.get(`${baseUrl}/cities/mt-gozo`, () => HttpResponse.json({ type: 'x', title: 'Down', status: 500 }, { status: 500 })));
    assert.equal(getResponseMeta(await nzc.cities.get('mt-gozo'))!.stale, true);
    api.server.resetHandlers();
    api.server.use(http.get(`${baseUrl}/cities/mt-gozo`, () => HttpResponse.json({ type: 'x', title: 'Gone', status: 404 }, { status: 404 })));
    await assert.rejects(nzc.cities.get('mt-gozo'), (error: unknown) => error instanceof NzcHttpError && error.status === 404);
    void good;
  });

  test('without staleIfError a network failure is an error even with data in memory', async () => {
    const nzc = client({ retry: false });
    await nzc.partners.list({ limit: 2 });
    api.server.use(http.get(`${baseUrl}/partners`, () => HttpResponse.error()));
    await assert.rejects(nzc.partners.list({ limit: 2 }), NzcNetworkError);
  });

  test('each caller gets its own copy: changing one result changes neither the cache nor other results', async () => {
    const nzc = client({ cache: { maxAge: 60_000 } });
    const [a, b] = await Promise.all([nzc.cities.list({ limit: 3 }), nzc.cities.list({ limit: 3 })]);
    const expected = structuredClone(b);
    a.data.reverse();
    a.data[0]!.name = 'Changed';
    a.data.push(a.data[0]!);
    assert.deepStrictEqual(b, expected);
    assert.deepStrictEqual(await nzc.cities.list({ limit: 3 }), expected);
    assert.equal(api.requestsTo('/cities').length, 1);
  });

  test('maxEntries keeps the most recently used responses', async () => {
    const nzc = client({ cache: { maxAge: 60_000, maxEntries: 2 } });
    await nzc.cities.get('mt-gozo');
    await nzc.themes.list();
    await nzc.cities.get('mt-gozo');
    await nzc.topics.list();
    await nzc.cities.get('mt-gozo');
    assert.equal(api.requestsTo('/cities/mt-gozo').length, 1);
    await nzc.themes.list();
    assert.equal(api.requestsTo('/themes').length, 2, 'themes was the least recently used and went first');
  });

  test('clearCache forgets every stored response', async () => {
    const nzc = client({ cache: { maxAge: 60_000 } });
    await nzc.themes.list();
    nzc.clearCache();
    await nzc.themes.list();
    assert.equal(api.requestsTo('/themes').length, 2);
  });
});

test('no unhandled promise rejection was left behind', async () => {
  assert.deepStrictEqual(await rejections.check(), []);
});
