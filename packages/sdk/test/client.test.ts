/**
 * The client's options and per-call options, the invalid-item policy and the guards on `next`,
 * against the real API handler run by msw.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import citiesData from '@nzc/api/data/cities.json' with { type: 'json' };
import { createClient, getResponseMeta, NzcAbortError, NzcHttpError, NzcTimeoutError, NzcValidationError, type City } from '../src/index.js';
import { apiAnswer, baseUrl, useMockApi } from './helpers/mock-api.js';

const api = useMockApi();
const city = (slug: string) => (citiesData as City[]).find((candidate) => candidate.slug === slug)!;
const [gozo, second, third] = [city('mt-gozo'), city('fr-paris'), city('no-oslo')];

describe('client options', () => {
  test('headers of the client and of the call are sent, with Accept: application/json and no cookies', async () => {
    const nzc = createClient({ baseUrl, headers: { 'X-Client': 'widget/1' } });
    await nzc.themes.list({ headers: { 'X-Call': 'yes' } });
    const [seen] = api.requestsTo('/themes');
    assert.equal(seen!.headers.get('X-Client'), 'widget/1');
    assert.equal(seen!.headers.get('X-Call'), 'yes');
    assert.equal(seen!.headers.get('Accept'), 'application/json');
    assert.equal(seen!.headers.get('Cookie'), null);
  });

  test('the client’s headers and Accept are sent on a call that has no headers of its own', async () => {
    await createClient({ baseUrl, headers: { 'X-Client': 'widget/1' } }).topics.list();
    const [seen] = api.requestsTo('/topics');
    assert.equal(seen!.headers.get('X-Client'), 'widget/1');
    assert.equal(seen!.headers.get('Accept'), 'application/json');
  });

  test('a custom fetch is used for every request', async () => {
    const urls: string[] = [];
    const nzc = createClient({
      baseUrl,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        urls.push(request.url);
        assert.equal(request.credentials, 'omit');
        return fetch(request);
      },
    });
    await nzc.cities.get('mt-gozo');
    await nzc.stats({ theme: ['mobility'] });
    assert.deepStrictEqual(urls, [`${baseUrl}/cities/mt-gozo`, `${baseUrl}/stats?theme=mobility`]);
  });

  test('hooks run: beforeRequest can add a header, afterResponse sees every response', async () => {
    const statuses: number[] = [];
    const nzc = createClient({
      baseUrl,
      hooks: {
        beforeRequest: [({ request }) => void request.headers.set('X-Trace', 'abc')],
        afterResponse: [({ response }) => void statuses.push(response.status)],
      },
    });
    const city = await nzc.cities.get('mt-gozo');
    assert.equal(city.slug, 'mt-gozo');
    await assert.rejects(nzc.cities.get('atlantis'), NzcHttpError);
    assert.equal(api.requestsTo('/cities/mt-gozo')[0]!.headers.get('X-Trace'), 'abc');
    assert.deepStrictEqual(statuses, [200, 404]);
  });

  test('the per-call timeout overrides the client’s', async () => {
    api.server.use(http.get(`${baseUrl}/themes`, async () => delay(400).then(() => undefined)));
    const nzc = createClient({ baseUrl, timeout: 5_000, retry: false });
    const started = performance.now();
    await assert.rejects(nzc.themes.list({ timeout: 100 }), (error: unknown) => error instanceof NzcTimeoutError && error.timeout === 100);
    assert.ok(performance.now() - started < 350);
    assert.equal((await nzc.themes.list()).data.length > 0, true, 'the client’s own timeout lets it through');
  });

  test('the per-call total timeout overrides the client’s', async () => {
    api.server.use(http.get(`${baseUrl}/topics`, () => HttpResponse.json({ type: 'x', title: 'Down', status: 503 }, { status: 503 })));
    const nzc = createClient({ baseUrl, totalTimeout: 60_000, retry: { limit: 50, backoffLimit: 40 } });
    const started = performance.now();
    await assert.rejects(nzc.topics.list({ totalTimeout: 250 }), (error: unknown) => error instanceof NzcTimeoutError && error.timeout === 250);
    assert.ok(performance.now() - started < 500);
  });

  test('retry as a number sets the number of retries', async () => {
    let hits = 0;
    api.server.use(http.get(`${baseUrl}/themes`, () => ((hits += 1), HttpResponse.json({ type: 'x', title: 'Down', status: 500 }, { status: 500 }))));
    // The default backoff starts at up to 300 ms.
    await assert.rejects(createClient({ baseUrl, retry: 1 }).themes.list(), NzcHttpError);
    assert.equal(hits, 2);
  });

  test('backoff doubles from 300 ms up to backoffLimit, with full jitter', async () => {
    const times: number[] = [];
    api.server.use(http.get(`${baseUrl}/themes`, () => (times.push(performance.now()), HttpResponse.json({ type: 'x', title: 'Down', status: 500 }, { status: 500 }))));
    const gaps = () => times.slice(1).map((time, index) => time - times[index]!);
    const random = Math.random;
    try {
      // The largest jitter: the full delay of each step.
      Math.random = () => 0.999_999;
      await assert.rejects(createClient({ baseUrl, retry: { limit: 3, backoffLimit: 1_000 } }).themes.list(), NzcHttpError);
      const [first, second, third] = gaps();
      assert.ok(first! >= 290 && first! < 450, `first wait ${first}`);
      assert.ok(second! >= 590 && second! < 800, `second wait ${second}`);
      assert.ok(third! >= 990 && third! < 1_200, `third wait ${third}, capped by backoffLimit`);
      // The smallest jitter: no wait at all.
      times.length = 0;
      Math.random = () => 0;
      await assert.rejects(createClient({ baseUrl, retry: { limit: 3, backoffLimit: 1_000 } }).themes.list(), NzcHttpError);
      assert.equal(times.length, 4);
      assert.ok(gaps().every((gap) => gap < 100), gaps().join(', '));
    } finally {
      Math.random = random;
    }
  });

  test('a base URL with a trailing slash and an upper-case host still follows next links', async () => {
    const nzc = createClient({ baseUrl: 'https://API.nzc.test/v1/' });
    let count = 0;
    for await (const city of nzc.cities.all({ limit: 50 })) if (city.slug) count += 1;
    assert.equal(count, 112);
    assert.equal(api.requestsTo('/cities').length, 3);
  });
});

describe('invalid items in a valid list', () => {
  const list = (data: unknown[]) => () => HttpResponse.json({ data, total: data.length, next: null });

  test('drop (default): the valid items are returned, each dropped one is reported with index, slug and issues', async () => {
    api.server.use(http.get(`${baseUrl}/cities`, list([gozo, { ...second, population: -5 }, 'junk', { ...third, slug: 'Not A Slug' }])));
    const page = await createClient({ baseUrl }).cities.list();
    assert.deepStrictEqual(page.data, [gozo]);
    assert.equal(page.total, 4);
    const skipped = getResponseMeta(page)!.skipped;
    assert.deepStrictEqual(
      skipped.map(({ index, slug }) => ({ index, slug })),
      [
        { index: 1, slug: 'fr-paris' },
        { index: 2, slug: null },
        { index: 3, slug: 'Not A Slug' },
      ],
    );
    assert.deepStrictEqual(skipped[0]!.issues.map((issue) => issue.path), [['data', 1, 'population']]);
    assert.match(skipped[0]!.issues[0]!.message, /at least 0/);
  });

  test('throw: the call fails with NzcValidationError naming the item', async () => {
    api.server.use(http.get(`${baseUrl}/cities`, list([gozo, { ...second, population: -5 }])));
    await assert.rejects(createClient({ baseUrl, invalidItems: 'throw' }).cities.list(), (error: unknown) => {
      assert.ok(error instanceof NzcValidationError);
      assert.deepStrictEqual(error.issues.map((issue) => issue.path), [['data', 1, 'population']]);
      assert.match(error.message, /data\.1\.population/);
      return true;
    });
  });

  test('a broken envelope is a validation error whatever the policy', async () => {
    api.server.use(http.get(`${baseUrl}/cities`, () => HttpResponse.json({ data: [gozo], total: '1', next: null })));
    await assert.rejects(createClient({ baseUrl }).cities.list(), (error: unknown) => error instanceof NzcValidationError && error.issues[0]!.path[0] === 'total');
  });

  test('a single record that breaks the contract is a validation error', async () => {
    api.server.use(http.get(`${baseUrl}/cities/mt-gozo`, () => HttpResponse.json({ ...gozo, points: 'Gozo' })));
    await assert.rejects(createClient({ baseUrl }).cities.get('mt-gozo'), (error: unknown) => error instanceof NzcValidationError && error.issues[0]!.path[0] === 'points');
  });
});

describe('all()', () => {
  test('a next link on another origin is read for its query only: every request stays under the base URL', async () => {
    api.server.use(http.get(`${baseUrl}/cities`, ({ request }) =>
      HttpResponse.json(new URL(request.url).searchParams.has('cursor') ? { data: [gozo], total: 2, next: null } : { data: [gozo], total: 2, next: 'https://evil.test/v1/cities?cursor=o1&limit=100' }),
    ));
    const seen: string[] = [];
    const nzc = createClient({ baseUrl, fetch: (input, init) => (seen.push(new Request(input, init).url), fetch(input, init)) });
    const slugs: string[] = [];
    for await (const city of nzc.cities.all()) slugs.push(city.slug);
    assert.deepStrictEqual(slugs, ['mt-gozo', 'mt-gozo']);
    assert.deepStrictEqual(seen, [`${baseUrl}/cities?limit=100`, `${baseUrl}/cities?cursor=o1&limit=100`]);
  });

  test('a next link that climbs out of the base path requests nothing outside the resource', async () => {
    api.server.use(http.get(`${baseUrl}/cities`, () => HttpResponse.json({ data: [], total: 2, next: `${baseUrl}/../admin/cities?cursor=o1` })));
    const seen: string[] = [];
    const nzc = createClient({ baseUrl, fetch: (input, init) => (seen.push(new Request(input, init).url), fetch(input, init)) });
    await assert.rejects(nzc.cities.all().next(), NzcValidationError);
    assert.ok(seen.length > 0 && seen.every((url) => url.startsWith(`${baseUrl}/cities?`)), seen.join(' '));
  });

  test('a next link without a cursor is refused without a request', async () => {
    api.server.use(http.get(`${baseUrl}/cities`, () => HttpResponse.json({ data: [gozo], total: 2, next: `${baseUrl}/cities?admin=1` })));
    const seen: string[] = [];
    const nzc = createClient({ baseUrl, fetch: (input, init) => (seen.push(new Request(input, init).url), fetch(input, init)) });
    await assert.rejects(
      (async () => {
        for await (const city of nzc.cities.all()) assert.equal(city.slug, 'mt-gozo');
      })(),
      (error: unknown) => error instanceof NzcValidationError && /next has no cursor.*admin=1/.test(error.message),
    );
    assert.deepStrictEqual(seen, [`${baseUrl}/cities?limit=100`]);
  });

  test('a server that keeps sending the same next link ends the loop with NzcValidationError', async () => {
    const loop = `${baseUrl}/cities?cursor=o1&limit=100`;
    api.server.use(http.get(`${baseUrl}/cities`, () => HttpResponse.json({ data: [gozo], total: 3, next: loop })));
    const slugs: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const city of createClient({ baseUrl }).cities.all()) slugs.push(city.slug);
      })(),
      NzcValidationError,
    );
    // The first page and the page behind the repeated link, then it stops.
    assert.deepStrictEqual(slugs, ['mt-gozo', 'mt-gozo']);
  });

  test('an abort between pages ends the loop with NzcAbortError', async () => {
    const controller = new AbortController();
    const slugs: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const city of createClient({ baseUrl }).cities.all({ limit: 10 }, { signal: controller.signal })) {
          slugs.push(city.slug);
          if (slugs.length === 15) controller.abort();
        }
      })(),
      NzcAbortError,
    );
    assert.equal(slugs.length, 20, 'the page in hand is finished, the next is not fetched');
    assert.equal(api.requestsTo('/cities').length, 2);
  });

  test('partners.all() with a filter returns exactly what the pages hold', async () => {
    const expected = (await apiAnswer(`${baseUrl}/partners?limit=100&theme=mobility`)).body as { data: { slug: string }[] };
    const slugs: string[] = [];
    for await (const partner of createClient({ baseUrl }).partners.all({ theme: ['mobility'], limit: 1 })) slugs.push(partner.slug);
    assert.deepStrictEqual(slugs, expected.data.map((partner) => partner.slug));
  });
});
