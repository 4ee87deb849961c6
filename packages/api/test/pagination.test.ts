/**
 * Cursor pagination: following `next` reaches every record exactly once, page sizes and bounds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryLimits, type City, type ListEnvelope, type Partner } from '@nzc/schema';
import { assertProblem, conformsToOpenApi } from './helpers/assertions.js';
import { cities, partners, slugSet } from './helpers/data.js';
import { allPages, useServer } from './helpers/server.js';

const api = useServer();

test('following next with limit=7 reaches all 112 cities, none twice, none missing', async () => {
  const pages = await allPages<City>(api, '/v1/cities?limit=7');
  assert.equal(pages.length, Math.ceil(cities.length / 7));
  for (const [i, page] of pages.entries()) {
    assert.equal(page.total, cities.length, `page ${i + 1}: total`);
    assert.equal(page.data.length, i < pages.length - 1 ? 7 : cities.length - 7 * (pages.length - 1), `page ${i + 1}: size`);
    if (i < pages.length - 1) assert.notEqual(page.next, null, `page ${i + 1}: next`);
  }
  assert.equal(pages.at(-1)!.next, null, 'next is null on the last page');
  const slugs = pages.flatMap((page) => page.data.map((city) => city.slug));
  assert.equal(new Set(slugs).size, slugs.length, 'no city twice');
  assert.deepEqual([...slugs].sort(), slugSet(cities), 'every city');
});

test('the pages concatenate to the unpaginated order', async () => {
  const whole = await api.json<ListEnvelope<City>>('/v1/cities?limit=100&sort=-population');
  const paged = (await allPages<City>(api, '/v1/cities?limit=7&sort=-population')).flatMap((page) => page.data);
  assert.deepEqual(
    paged.slice(0, 100).map((city) => city.slug),
    whole.data.map((city) => city.slug),
  );
});

test('next is an absolute URL on this server that keeps the filters, sort and limit', async () => {
  const first = await api.json<ListEnvelope<City>>('/v1/cities?country=DE,FR&sort=-name&limit=3');
  assert.ok(first.next);
  const next = new URL(first.next);
  assert.equal(next.origin, api.origin());
  assert.equal(next.pathname, '/v1/cities');
  assert.equal(next.searchParams.get('country'), 'DE,FR');
  assert.equal(next.searchParams.get('sort'), '-name');
  assert.equal(next.searchParams.get('limit'), '3');
  assert.ok(next.searchParams.get('cursor'));
  const expected = cities.filter((city) => ['DE', 'FR'].includes(city.country));
  const pages = await allPages<City>(api, '/v1/cities?country=DE,FR&sort=-name&limit=3');
  const slugs = pages.flatMap((page) => page.data.map((city) => city.slug));
  assert.deepEqual([...slugs].sort(), slugSet(expected));
  const names = pages.flatMap((page) => page.data.map((city) => city.name));
  for (let i = 1; i < names.length; i++) assert.ok(names[i - 1]!.localeCompare(names[i]!, 'en', { sensitivity: 'base' }) >= 0, 'still sorted -name');
  for (const page of pages) assert.equal(page.total, expected.length);
});

test('partners paginate the same way', async () => {
  const pages = await allPages<Partner>(api, '/v1/partners?limit=2');
  assert.equal(pages.length, Math.ceil(partners.length / 2));
  const slugs = pages.flatMap((page) => page.data.map((partner) => partner.slug));
  assert.equal(new Set(slugs).size, slugs.length);
  assert.deepEqual([...slugs].sort(), slugSet(partners));
});

test(`limit defaults to ${queryLimits.defaultLimit}`, async () => {
  assert.equal(queryLimits.defaultLimit, 20);
  const page = await api.json<ListEnvelope<City>>('/v1/cities');
  assert.equal(page.data.length, 20);
  assert.ok(page.next);
  assert.equal(new URL(page.next).searchParams.get('limit'), null, 'next does not invent a limit');
  const second = await api.json<ListEnvelope<City>>(new URL(page.next).pathname + new URL(page.next).search);
  assert.equal(second.data.length, 20);
  assert.equal(new Set([...page.data, ...second.data].map((city) => city.slug)).size, 40);
});

test('limit is at most 100', async () => {
  const page = await api.json<ListEnvelope<City>>('/v1/cities?limit=100');
  assert.equal(page.data.length, 100);
  assert.ok(page.next);
  const last = await api.json<ListEnvelope<City>>(new URL(page.next).pathname + new URL(page.next).search);
  assert.equal(last.data.length, cities.length - 100);
  assert.equal(last.next, null);
  assertProblem(await api.request('/v1/cities?limit=101'), 400, 'limit');
  assertProblem(await api.request('/v1/partners?limit=1000'), 400, 'limit');
});

test('limit=1 pages one at a time; a list that fits one page has next null', async () => {
  const page = await api.json<ListEnvelope<City>>('/v1/cities?limit=1');
  assert.equal(page.data.length, 1);
  assert.ok(page.next);
  const de = cities.filter((city) => city.country === 'DE');
  const whole = await api.json<ListEnvelope<City>>(`/v1/cities?country=DE&limit=${de.length}`);
  assert.equal(whole.data.length, de.length);
  assert.equal(whole.next, null);
  const empty = await api.json<ListEnvelope<City>>('/v1/cities?q=atlantis');
  assert.deepEqual(empty, { data: [], total: 0, next: null });
});

test('a bad cursor is a 400 naming cursor', async () => {
  for (const cursor of ['garbage', 'o', 'ozzzzzzzz', 'x1', '-1', 'ab cd', '..', 'a'.repeat(65)]) {
    assertProblem(await api.request(`/v1/cities?cursor=${encodeURIComponent(cursor)}`), 400, 'cursor');
  }
  assertProblem(await api.request('/v1/partners?cursor=%2F%2E%2E'), 400, 'cursor');
  assertProblem(await api.request('/v1/cities?cursor='), 400, 'cursor');
});

conformsToOpenApi(api);
