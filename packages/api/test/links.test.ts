/**
 * Partner links through the API: on partner and city resources, as filters on cities and their
 * GeoJSON (a country link never makes a city match), and the figures of /stats with their sources.
 * Expectations are computed from the data files' links, not from the code under test.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LinkKind, type CitiesGeoJson, type City, type Link, type Partner, type Stats } from '@nzc/schema';
import { assertProblem, conformsToOpenApi } from './helpers/assertions.js';
import { ARTICLE, cities, figures, links, partnerBySlug, partners, slugSet, themes, topics } from './helpers/data.js';
import { allPages, useServer } from './helpers/server.js';

const api = useServer();

/** Slugs of every city a list query answers, over all its pages. */
async function citySlugs(query: string): Promise<string[]> {
  const pages = await allPages<City>(api, `/v1/cities?${query}&limit=100`);
  return slugSet(pages.flatMap((page) => page.data));
}

/** Mission cities reached by a city link that `keep` accepts. */
const reachedBy = (keep: (link: Link, partner: Partner) => boolean): string[] =>
  [...new Set(links.filter((link) => link.scope === 'city' && keep(link, partnerBySlug(link.partner))).map((link) => link.target))].sort();

describe('cities by their partners’ links', () => {
  test('theme=mobility: at least 40 Mission cities, exactly those a mobility partner links to, each through a sourced city link', async () => {
    const expected = reachedBy((_, partner) => partner.themes.includes('mobility'));
    const answered = await citySlugs('theme=mobility');
    assert.deepEqual(answered, expected);
    assert.ok(answered.length >= 40, `${answered.length} cities`);
    for (const slug of answered) {
      const city = await api.json<City>(`/v1/cities/${slug}`);
      const through = city.links.filter((link) => partnerBySlug(link.partner).themes.includes('mobility'));
      assert.ok(through.length > 0 && through.every((link) => link.sources.length > 0), `${slug} has a sourced mobility link`);
    }
  });

  test('every theme and topic agrees with the links', async () => {
    for (const theme of themes) assert.deepEqual(await citySlugs(`theme=${theme.slug}`), reachedBy((_, p) => p.themes.includes(theme.slug)), theme.slug);
    for (const topic of topics) assert.deepEqual(await citySlugs(`topic=${topic.slug}`), reachedBy((_, p) => p.topics.includes(topic.slug)), topic.slug);
  });

  test('a link to a whole country never makes its cities match', async () => {
    const dut = partnerBySlug('dut-partnership');
    assert.ok(dut.links.length > 0 && dut.links.every((link) => link.scope === 'country'), 'DUT has country links only');
    assert.deepEqual(await citySlugs('partner=dut-partnership'), []);
    const cityLinked = reachedBy((link) => link.partner === 'capacities');
    assert.deepEqual(await citySlugs('partner=capacities'), cityLinked);
    assert.ok(cityLinked.length < cities.filter((city) => partnerBySlug('capacities').links.some((l) => l.scope === 'country' && l.target === city.country)).length);
  });

  test('link-kind selects the cities with a link of that kind, and narrows a partner or theme to it', async () => {
    for (const kind of LinkKind.options) assert.deepEqual(await citySlugs(`link-kind=${kind}`), reachedBy((link) => link.kind === kind), kind);
    assert.deepEqual(await citySlugs('partner=civitas&link-kind=award,event'), reachedBy((l) => l.partner === 'civitas' && ['award', 'event'].includes(l.kind)));
    const awards = await citySlugs('theme=mobility&link-kind=award');
    assert.deepEqual(awards, reachedBy((l, p) => p.themes.includes('mobility') && l.kind === 'award'));
    assert.ok(awards.length > 0 && awards.length < (await citySlugs('theme=mobility')).length);
  });

  test('weak-links=false leaves out the cities reached only through weak links', async () => {
    const all = await citySlugs('partner=philea');
    assert.deepEqual(all, reachedBy((l) => l.partner === 'philea'));
    assert.ok(all.length > 0);
    assert.deepEqual(await citySlugs('partner=philea&weak-links=false'), []);
    const strong = await citySlugs('theme=mobility&weak-links=false');
    assert.deepEqual(strong, reachedBy((l, p) => !l.weak && p.themes.includes('mobility')));
    assert.ok(strong.length < (await citySlugs('theme=mobility')).length, 'some mobility city has only weak links');
    assert.deepEqual(await citySlugs('theme=mobility&weak-links=true'), await citySlugs('theme=mobility'));
  });

  test('the GeoJSON takes the same filters and answers the same cities', async () => {
    for (const query of ['theme=mobility', 'partner=civitas&link-kind=project-site', 'topic=governance-and-policy&weak-links=false', 'partner=dut-partnership']) {
      const geojson = await api.json<CitiesGeoJson>(`/v1/cities.geojson?${query}`);
      assert.deepEqual(geojson.features.map((feature) => feature.id).sort(), await citySlugs(query), query);
    }
  });

  test('an unknown link kind or weak-links value is a 400 naming it', async () => {
    assertProblem(await api.request('/v1/cities?link-kind=friendship'), 400, 'link-kind');
    assertProblem(await api.request('/v1/cities.geojson?weak-links=maybe'), 400, 'weak-links');
  });
});

describe('links on the resources', () => {
  test('a partner carries all its links, city and country, each with kind, detail and sources', async () => {
    for (const partner of partners) {
      const served = await api.json<Partner>(`/v1/partners/${partner.slug}`);
      assert.deepEqual(served.links, partner.links);
    }
    const civitas = await api.json<Partner>('/v1/partners/civitas');
    assert.ok(civitas.links.some((link) => link.scope === 'country') && civitas.links.some((link) => link.scope === 'city'));
  });

  test('a city carries only its own links, and its partners are exactly theirs', async () => {
    for (const slug of ['it-parma', 'de-munich', 'mt-gozo']) {
      const city = await api.json<City>(`/v1/cities/${slug}`);
      const expected = links.filter((link) => link.scope === 'city' && link.target === slug);
      assert.deepEqual(city.links, expected, slug);
      assert.deepEqual([...city.partners].sort(), [...new Set(expected.map((link) => link.partner))].sort(), slug);
    }
  });

  test('partners?country= finds a partner through a country link as well as through a city', async () => {
    const list = await api.json<{ data: Partner[] }>('/v1/partners?country=AT&limit=100');
    const expected = partners.filter((partner) =>
      partner.links.some((link) => (link.scope === 'country' ? link.target === 'AT' : cities.find((city) => city.slug === link.target)?.country === 'AT')),
    );
    assert.deepEqual(slugSet(list.data), slugSet(expected));
    assert.ok(list.data.some((partner) => partner.slug === 'dut-partnership'), 'DUT works in Austria through its funding call');
  });
});

describe('/v1/stats figures', () => {
  test('serves the figures the sources give, with their sources, whatever the filter', async () => {
    for (const query of ['', '?theme=mobility']) {
      const stats = await api.json<Stats>(`/v1/stats${query}`);
      assert.deepEqual(stats.figures, figures);
    }
    const stats = await api.json<Stats>('/v1/stats');
    const cited = stats.figures.filter((figure) => figure.sources.includes(ARTICLE));
    assert.deepEqual(cited.map((figure) => [figure.value, figure.moreThan]).sort(), [[100, true], [112, false]]);
    assert.equal(stats.figures.find((figure) => figure.slug === 'mission-countries')?.value, new Set(cities.map((city) => city.country)).size);
  });
});

conformsToOpenApi(api);
