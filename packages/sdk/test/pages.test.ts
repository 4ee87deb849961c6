/**
 * Paging as a reader of the README would: `nextPage()` and `hasNextPage()`, `for await` over a
 * page, `all().toArray()` with its bound, and `list({ cursor })` with a whole `next` link, against
 * the real API handler run by msw.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import citiesData from '@nzc/api/data/cities.json' with { type: 'json' };
import { createClient, NzcError, type City } from '../src/index.js';
import { baseUrl, useMockApi } from './helpers/mock-api.js';

const api = useMockApi();
const allSlugs = (citiesData as City[]).map((city) => city.slug).sort();

test('nextPage() pages through all 112 cities; hasNextPage() is false on the last page', async () => {
  const nzc = createClient({ baseUrl });
  let page = await nzc.cities.list({ limit: 20 });
  const slugs = page.data.map((city) => city.slug);
  let pages = 1;
  while (page.hasNextPage()) {
    page = await page.nextPage();
    slugs.push(...page.data.map((city) => city.slug));
    pages += 1;
  }
  assert.equal(pages, Math.ceil(allSlugs.length / 20));
  assert.equal(page.next, null);
  assert.deepStrictEqual([...slugs].sort(), allSlugs);
  await assert.rejects(
    page.nextPage(),
    (error: unknown) => error instanceof NzcError && /no next page/i.test(error.message),
  );
});

test('nextPage() keeps the query: filters, sort and page size', async () => {
  const nzc = createClient({ baseUrl });
  const first = await nzc.cities.list({ country: ['DE', 'FR', 'IT', 'ES'], sort: '-population', limit: 3 });
  await first.nextPage();
  const second = api.requestsTo('/cities').at(-1)!.url.searchParams;
  assert.equal(second.get('country'), 'DE,FR,IT,ES');
  assert.equal(second.get('sort'), '-population');
  assert.equal(second.get('limit'), '3');
  assert.ok(second.get('cursor'));
});

test('for await over a page yields its items and every later page’s, each once', async () => {
  const nzc = createClient({ baseUrl });
  const slugs: string[] = [];
  for await (const city of await nzc.cities.list({ limit: 50 })) slugs.push(city.slug);
  assert.deepStrictEqual([...slugs].sort(), allSlugs);
  assert.equal(api.requestsTo('/cities').length, 3);
});

test('all().toArray() collects every item; past its bound it fails after one request', async () => {
  const nzc = createClient({ baseUrl });
  const cities = await nzc.cities.all().toArray();
  assert.deepStrictEqual(cities.map((city) => city.slug).sort(), allSlugs);
  const before = api.requests.length;
  await assert.rejects(
    nzc.cities.all().toArray({ max: 50 }),
    (error: unknown) => error instanceof NzcError && /112 items/.test(error.message) && /max/.test(error.message),
  );
  assert.equal(api.requests.length - before, 1);
});

test('list({ cursor }) takes a page’s whole next link as well as its cursor', async () => {
  const nzc = createClient({ baseUrl });
  const first = await nzc.cities.list({ limit: 10 });
  const byLink = await nzc.cities.list({ limit: 10, cursor: first.next! });
  const byCursor = await nzc.cities.list({ limit: 10, cursor: new URL(first.next!).searchParams.get('cursor')! });
  const byMethod = await first.nextPage();
  assert.deepStrictEqual(byLink.data, byMethod.data);
  assert.deepStrictEqual(byCursor.data, byMethod.data);
  assert.notDeepStrictEqual(byLink.data, first.data);
});

test('a page is still plain data: it serialises and spreads as the API sent it', async () => {
  const nzc = createClient({ baseUrl });
  const page = await nzc.themes.list();
  assert.deepStrictEqual(Object.keys(page), ['data', 'total', 'next']);
  assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(page))), ['data', 'total', 'next']);
  assert.equal(page.hasNextPage(), false);
});
