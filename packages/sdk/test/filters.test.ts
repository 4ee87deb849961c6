/**
 * Every list filter takes one value or an array, against the real API handler run by msw.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, NzcValidationError } from '../src/index.js';
import { baseUrl, useMockApi } from './helpers/mock-api.js';

const api = useMockApi();

test('a single value is the same filter as a one-item array, on the same URL', async () => {
  const nzc = createClient({ baseUrl, cache: false });
  const one = await nzc.partners.list({ theme: 'mobility', country: 'DE' });
  const listed = await nzc.partners.list({ theme: ['mobility'], country: ['DE'] });
  assert.ok(one.total > 0);
  assert.deepStrictEqual(one.data, listed.data);
  const [first, second] = api.requestsTo('/partners').map((seen) => seen.url.href);
  assert.equal(first, second);
});

test('every list filter of every list takes a single value', async () => {
  const nzc = createClient({ baseUrl });
  const cities = await nzc.cities.list({ round: 1, country: 'IT', type: 'city' });
  assert.ok(cities.data.every((city) => city.country === 'IT'));
  const stats = await nzc.stats({ topic: 'finance-and-business-models' });
  assert.ok(stats.partners > 0);
  const geojson = await nzc.cities.geojson({ country: 'ES' });
  assert.ok(geojson.features.every((feature) => feature.properties.country === 'ES'));
});

test('an empty array is the same as leaving the filter out', async () => {
  const nzc = createClient({ baseUrl });
  const empty = await nzc.partners.list({ theme: [] });
  const none = await nzc.partners.list();
  assert.equal(empty.total, none.total);
  assert.equal(api.requestsTo('/partners')[0]!.url.search, '');
});

test('a bad single value is refused before any request, naming the filter, the value and the form it must have', async () => {
  const nzc = createClient({ baseUrl });
  await assert.rejects(nzc.cities.list({ country: 'de' }), (error: unknown) => {
    assert.ok(error instanceof NzcValidationError);
    assert.deepStrictEqual(error.issues[0]!.path, ['country', 0]);
    assert.match(error.message, /country\.0 "de" must be a country code like "DE"/);
    return true;
  });
  assert.equal(api.requests.length, 0);
});
