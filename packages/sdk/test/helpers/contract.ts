/**
 * The contract suite: every method of the SDK against a running API (msw in-process, or the
 * real Node server), compared with the API's own answer to the same query.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import themesData from '@nzc/api/data/themes.json' with { type: 'json' };
import partnersData from '@nzc/api/data/partners.json' with { type: 'json' };
import citiesData from '@nzc/api/data/cities.json' with { type: 'json' };
import { createClient, getResponseMeta, NzcHttpError, NzcValidationError, type NzcClient } from '../../src/index.js';

const partnerSlugs = (partnersData as { slug: string }[]).map((partner) => partner.slug);
const citySlugs = (citiesData as { slug: string }[]).map((city) => city.slug);
const themeSlugs = (themesData as { slug: string }[]).map((theme) => theme.slug);

/** A client whose every request is logged, so a test can tell whether one was made at all. */
export function countingClient(baseUrl: string): { client: NzcClient; sent: string[] } {
  const sent: string[] = [];
  const client = createClient({
    baseUrl,
    timeout: 5_000,
    fetch: (input, init) => {
      sent.push(new Request(input, init).url);
      return fetch(input, init);
    },
  });
  return { client, sent };
}

async function answer(url: string): Promise<unknown> {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return response.json();
}

export function contractSuite(base: () => string): void {
  const setup = () => countingClient(base());

  // The SDK writes parameters in alphabetical order (so that equal queries share one request and
  // one cache entry), and `next` links echo that order; the expected URLs below use it too.
  describe('every method returns what the API answers for the same query', () => {
    test('themes.list and topics.list', async () => {
      const { client } = setup();
      assert.deepStrictEqual(await client.themes.list(), await answer(`${base()}/themes`));
      assert.deepStrictEqual(await client.topics.list(), await answer(`${base()}/topics`));
    });

    test('partners.list with filters, sort and limit', async () => {
      const { client } = setup();
      const page = await client.partners.list({ theme: [themeSlugs[0]!, themeSlugs[1]!], sort: '-name', limit: 3 });
      assert.deepStrictEqual(page, await answer(`${base()}/partners?limit=3&sort=-name&theme=${themeSlugs[0]},${themeSlugs[1]}`));
      assert.ok(page.data.length > 0);
      assert.deepStrictEqual(await client.partners.list(), await answer(`${base()}/partners`));
    });

    test('partners.get for every partner', async () => {
      const { client } = setup();
      for (const slug of partnerSlugs) assert.deepStrictEqual(await client.partners.get(slug), await answer(`${base()}/partners/${slug}`));
    });

    test('cities.list with filters and sort', async () => {
      const { client } = setup();
      const page = await client.cities.list({ country: ['DE', 'FR'], sort: '-population', limit: 4 });
      assert.deepStrictEqual(page, await answer(`${base()}/cities?country=DE,FR&limit=4&sort=-population`));
      assert.equal(page.data.length, 4);
      assert.ok(page.next?.startsWith(`${base()}/cities?`));
      const labelled = await client.cities.list({ label: 'awarded', round: [1], associated: false, q: 'a' });
      assert.deepStrictEqual(labelled, await answer(`${base()}/cities?associated=false&label=awarded&q=a&round=1`));
    });

    test('cities.get for a sample of cities', async () => {
      const { client } = setup();
      for (const slug of citySlugs.filter((_, index) => index % 10 === 0)) {
        assert.deepStrictEqual(await client.cities.get(slug), await answer(`${base()}/cities/${slug}`));
      }
    });

    test('cities.geojson, filtered and not', async () => {
      const { client } = setup();
      const malta = await client.cities.geojson({ country: ['MT'] });
      assert.deepStrictEqual(malta, await answer(`${base()}/cities.geojson?country=MT`));
      assert.deepStrictEqual(malta.features.map((feature) => feature.id), ['mt-gozo']);
      const all = await client.cities.geojson();
      assert.equal(all.features.length, 112);
      assert.deepStrictEqual(all, await answer(`${base()}/cities.geojson`));
    });

    test('stats, filtered and not', async () => {
      const { client } = setup();
      assert.deepStrictEqual(await client.stats(), await answer(`${base()}/stats`));
      assert.deepStrictEqual(await client.stats({ theme: [themeSlugs[0]!] }), await answer(`${base()}/stats?theme=${themeSlugs[0]}`));
    });
  });

  describe('all() walks every page', () => {
    test('all 112 cities with a page size of 7, one request per page', async () => {
      const { client, sent } = setup();
      const slugs: string[] = [];
      for await (const city of client.cities.all({ limit: 7 })) slugs.push(city.slug);
      assert.equal(slugs.length, 112);
      assert.deepStrictEqual(new Set(slugs), new Set(citySlugs));
      assert.equal(sent.length, 16);
    });

    test('every partner, in the order of the API', async () => {
      const { client } = setup();
      const slugs: string[] = [];
      for await (const partner of client.partners.all({ sort: 'name', limit: 2 })) slugs.push(partner.slug);
      const expected = (await answer(`${base()}/partners?sort=name&limit=100`)) as { data: { slug: string }[] };
      assert.deepStrictEqual(slugs, expected.data.map((partner) => partner.slug));
    });

    test('stops requesting when the loop stops', async () => {
      const { client, sent } = setup();
      for await (const city of client.cities.all({ limit: 5 })) if (city) break;
      assert.equal(sent.length, 1);
    });
  });

  describe('errors', () => {
    test('get of an unknown slug is NzcHttpError 404 with the problem', async () => {
      const { client } = setup();
      const problem = await (await fetch(`${base()}/cities/atlantis`)).json();
      await assert.rejects(client.cities.get('atlantis'), (error: unknown) => {
        assert.ok(error instanceof NzcHttpError);
        assert.equal(error.status, 404);
        assert.deepStrictEqual(error.problem, problem);
        assert.equal(error.problem?.status, 404);
        assert.match(error.message, /atlantis/);
        return true;
      });
      await assert.rejects(client.partners.get('no-such-partner'), (error: unknown) => error instanceof NzcHttpError && error.status === 404);
    });

    const invalidQueries: [string, (client: NzcClient) => Promise<unknown>, string][] = [
      ['limit 1000', (client) => client.partners.list({ limit: 1000 }), 'limit'],
      ['limit 0', (client) => client.cities.list({ limit: 0 }), 'limit'],
      ['a theme that is not a slug', (client) => client.partners.list({ theme: ['Mobility & Energy'] }), 'theme'],
      ['a theme list of 21 values', (client) => client.stats({ theme: Array.from({ length: 21 }, (_, index) => `theme-${index}`) }), 'theme'],
      ['a country that is not a code', (client) => client.cities.geojson({ country: ['Germany'] }), 'country'],
      ['an unknown sort', (client) => client.cities.list({ sort: 'size' as 'name' }), 'sort'],
      ['an unknown parameter', (client) => client.partners.list({ colour: 'green' } as object), ''],
      ['a control character in q', (client) => client.partners.list({ q: 'a\u0000b' }), 'q'],
      ['limit 101 in all()', (client) => client.cities.all({ limit: 101 }).next(), 'limit'],
    ];
    for (const [name, call, parameter] of invalidQueries) {
      test(`an invalid query (${name}) is NzcValidationError before any request`, async () => {
        const { client, sent } = setup();
        const pending = call(client);
        assert.ok(pending instanceof Promise, 'the error arrives as a rejection, not a synchronous throw');
        await assert.rejects(pending, (error: unknown) => {
          assert.ok(error instanceof NzcValidationError, String(error));
          assert.ok(error.issues.length > 0);
          if (parameter) assert.equal(error.issues[0]!.path[0], parameter);
          return true;
        });
        assert.deepStrictEqual(sent, []);
      });
    }

    for (const slug of ['a/b', '..', '../partners', 'mt-gozo/..', '%2e%2e', 'Gozo', '', 'x'.repeat(81)]) {
      test(`get(${JSON.stringify(slug.slice(0, 12))}) is NzcValidationError with no request`, async () => {
        const { client, sent } = setup();
        await assert.rejects(client.cities.get(slug), (error: unknown) => error instanceof NzcValidationError && error.issues[0]!.path[0] === 'slug');
        await assert.rejects(client.partners.get(slug), NzcValidationError);
        assert.deepStrictEqual(sent, []);
      });
    }
  });

  test('a list result carries its meta: ETag, fetch time, nothing skipped, not stale', async () => {
    const { client } = setup();
    const before = Date.now();
    const page = await client.themes.list();
    const meta = getResponseMeta(page);
    assert.ok(meta);
    assert.match(meta.etag ?? '', /^"[0-9a-f]+"$/);
    assert.equal(meta.stale, false);
    assert.deepStrictEqual(meta.skipped, []);
    assert.ok(meta.fetchedAt >= before && meta.fetchedAt <= Date.now());
  });
}
