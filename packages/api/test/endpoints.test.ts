/**
 * Every endpoint and every filter and sort order, with expectations derived from the data files.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PartnerType, type CitiesGeoJson, type City, type ListEnvelope, type Partner, type Stats, type Theme, type Topic } from '@nzc/schema';
import { assertProblem, conformsToOpenApi } from './helpers/assertions.js';
import { asciify, cities, cityBySlug, cityPartners, partnerCountries, partners, slugSet, themes, topics } from './helpers/data.js';
import { allPages, useServer } from './helpers/server.js';

const api = useServer();

/** Every item of a list, following `next` from a first page of 100. */
async function listAll<T extends { slug: string }>(path: string): Promise<{ items: T[]; total: number }> {
  const joiner = path.includes('?') ? '&' : '?';
  const pages = await allPages<T>(api, `${path}${joiner}limit=100`);
  const items = pages.flatMap((page) => page.data);
  for (const page of pages) assert.equal(page.total, items.length, `${path}: total is the number of items over all pages`);
  return { items, total: pages[0]?.total ?? 0 };
}

/** Asserts that a list endpoint answers exactly `expected` (in any order). */
async function assertListed(path: string, expected: { slug: string }[]): Promise<void> {
  const { items, total } = await listAll<{ slug: string }>(path);
  assert.deepEqual(slugSet(items), slugSet(expected), path);
  assert.equal(total, expected.length, `${path}: total`);
}

const compareNames = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

const countries = [...new Set(cities.map((city) => city.country))].sort();

describe('themes and topics', () => {
  test('/v1/themes lists every theme of the data, unpaginated', async () => {
    const list = await api.json<ListEnvelope<Theme>>('/v1/themes');
    assert.deepEqual(list.data, themes);
    assert.equal(list.total, themes.length);
    assert.equal(list.next, null);
  });

  test('/v1/topics lists every topic of the data, unpaginated', async () => {
    const list = await api.json<ListEnvelope<Topic>>('/v1/topics');
    assert.deepEqual(list.data, topics);
    assert.equal(list.total, topics.length);
    assert.equal(list.next, null);
  });
});

const records = [
  { path: '/v1/partners', stored: partners, unknown: 'no-such-partner' },
  { path: '/v1/cities', stored: cities, unknown: 'xx-atlantis' },
];

for (const { path, stored, unknown } of records) {
  describe(`${path}/{slug}`, () => {
    test('answers each record as stored', async () => {
      for (const record of stored) assert.deepEqual(await api.json<Partner | City>(`${path}/${record.slug}`), record);
    });

    test('an unknown slug is a 404', async () => {
      assertProblem(await api.request(`${path}/${unknown}`), 404);
    });
  });
}

describe('/v1/partners', () => {
  test('lists every partner', async () => {
    await assertListed('/v1/partners', partners);
  });

  test('theme: partners working on any of the given themes', async () => {
    for (const theme of themes) await assertListed(`/v1/partners?theme=${theme.slug}`, partners.filter((p) => p.themes.includes(theme.slug)));
    const pair = ['mobility', 'nature-based-solutions'];
    await assertListed(`/v1/partners?theme=${pair.join(',')}`, partners.filter((p) => p.themes.some((t) => pair.includes(t))));
  });

  test('topic: partners on any of the given knowledge topics', async () => {
    for (const topic of topics) await assertListed(`/v1/partners?topic=${topic.slug}`, partners.filter((p) => p.topics.includes(topic.slug)));
    const pair = ['technology-and-infrastructure', 'social-innovation'];
    await assertListed(`/v1/partners?topic=${pair.join(',')}`, partners.filter((p) => p.topics.some((t) => pair.includes(t))));
  });

  test('type: partners of any of the given types (an empty result is still a 200)', async () => {
    for (const type of PartnerType.options) await assertListed(`/v1/partners?type=${type}`, partners.filter((p) => p.type === type));
    const pair = ['initiative', 'financial-institution'];
    await assertListed(`/v1/partners?type=${pair.join(',')}`, partners.filter((p) => pair.includes(p.type)));
  });

  test('country: partners linked to any of the given countries, or to one of their Mission cities', async () => {
    let nonEmpty = 0;
    for (const country of countries) {
      const expected = partners.filter((p) => partnerCountries(p).has(country));
      if (expected.length > 0) nonEmpty += 1;
      await assertListed(`/v1/partners?country=${country}`, expected);
    }
    assert.ok(nonEmpty > 0, 'some country has partners');
    await assertListed('/v1/partners?country=DE,FR,NO', partners.filter((p) => ['DE', 'FR', 'NO'].some((c) => partnerCountries(p).has(c))));
  });

  test('city: partners linked to any of the given Mission cities', async () => {
    const cityTargets = (p: Partner) => p.links.filter((link) => link.scope === 'city').map((link) => link.target);
    const linked = [...new Set(partners.flatMap(cityTargets))];
    assert.ok(linked.length > 0, 'some partner is linked to a city');
    for (const slug of [...linked, 'mt-gozo']) await assertListed(`/v1/partners?city=${slug}`, partners.filter((p) => cityTargets(p).includes(slug)));
    const pair = [linked[0]!, 'mt-gozo'];
    await assertListed(`/v1/partners?city=${pair.join(',')}`, partners.filter((p) => cityTargets(p).some((slug) => pair.includes(slug))));
  });

  test('an unknown city or theme slug in a filter is a 400 naming it, not an empty list', async () => {
    assertProblem(await api.request('/v1/partners?city=xx-atlantis'), 400, 'city');
    assertProblem(await api.request('/v1/partners?theme=teleportation'), 400, 'theme');
    assertProblem(await api.request('/v1/partners?topic=alchemy'), 400, 'topic');
  });

  test('q: free text over name, acronym and description, case- and accent-insensitive', async () => {
    // "lodz" is a city, not a partner: nothing among partners.
    const none = await api.json<ListEnvelope<Partner>>('/v1/partners?q=lodz');
    assert.deepEqual(none, { data: [], total: 0, next: null });
    for (const partner of partners) {
      const { items } = await listAll<Partner>(`/v1/partners?q=${encodeURIComponent(partner.name)}`);
      assert.ok(items.some((item) => item.slug === partner.slug), `q=${partner.name} finds ${partner.slug}`);
      if (partner.acronym) {
        const shouted = asciify(partner.acronym).toUpperCase();
        const { items: byAcronym } = await listAll<Partner>(`/v1/partners?q=${encodeURIComponent(shouted)}`);
        assert.ok(byAcronym.some((item) => item.slug === partner.slug), `q=${shouted} finds ${partner.slug}`);
      }
    }
    // A word of the descriptions, in upper case and with accents added, finds what contains it.
    const contains = (p: Partner, word: string) => [p.name, p.acronym ?? '', p.description].join(' ').toLowerCase().includes(word);
    for (const [word, written] of [['philanthropy', 'PHILÀNTHRÔPY'], ['mobility', 'Mobílity'], ['ukraine', 'ÚKRAINE']] as const) {
      const expected = partners.filter((p) => contains(p, word));
      assert.ok(expected.length > 0, `some partner mentions ${word}`);
      await assertListed(`/v1/partners?q=${encodeURIComponent(written)}`, expected);
    }
    // Every term must occur.
    await assertListed(`/v1/partners?q=${encodeURIComponent('mobility philanthropy')}`, partners.filter((p) => contains(p, 'mobility') && contains(p, 'philanthropy')));
  });

  test('different parameters combine (AND)', async () => {
    const byType = partners.filter((p) => p.type === 'initiative');
    const byTopic = partners.filter((p) => p.topics.includes('governance-and-policy'));
    const expected = byType.filter((p) => byTopic.includes(p));
    await assertListed('/v1/partners?type=initiative&topic=governance-and-policy', expected);
    assert.ok(expected.length > 0 && expected.length < byType.length && expected.length < byTopic.length, 'the combination narrows both');
  });

  test('sort=name and sort=-name order by name', async () => {
    const byName = (await listAll<Partner>('/v1/partners?sort=name')).items.map((p) => p.name);
    assert.equal(byName.length, partners.length);
    for (let i = 1; i < byName.length; i++) assert.ok(compareNames(byName[i - 1]!, byName[i]!) <= 0, `${byName[i - 1]} before ${byName[i]}`);
    const descending = (await listAll<Partner>('/v1/partners?sort=-name')).items.map((p) => p.name);
    assert.deepEqual(descending, [...byName].reverse());
    // Name is the default order.
    assert.deepEqual((await listAll<Partner>('/v1/partners')).items.map((p) => p.name), byName);
  });

  test('sort=signed and sort=-signed order by signing date, partners without one last', async () => {
    const dated = partners.filter((p) => p.partnership.signed.value !== null);
    const undated = partners.filter((p) => p.partnership.signed.value === null);
    assert.ok(dated.length > 0 && undated.length > 0, 'the data has partners with and without a signing date');
    for (const sort of ['signed', '-signed']) {
      const items = (await listAll<Partner>(`/v1/partners?sort=${sort}`)).items;
      const head = items.slice(0, dated.length);
      assert.deepEqual(slugSet(head), slugSet(dated), `${sort}: dated partners first`);
      assert.deepEqual(slugSet(items.slice(dated.length)), slugSet(undated), `${sort}: undated partners last`);
      const dates = head.map((p) => p.partnership.signed.value!);
      const ordered = [...dates].sort();
      assert.deepEqual(dates, sort === 'signed' ? ordered : ordered.reverse(), `${sort}: date order`);
    }
  });
});

describe('/v1/cities', () => {
  test('lists the 112 Mission cities, 20 to a page by default', async () => {
    const first = await api.json<ListEnvelope<City>>('/v1/cities');
    assert.equal(first.total, cities.length);
    assert.equal(first.data.length, 20);
    assert.notEqual(first.next, null);
    await assertListed('/v1/cities', cities);
  });

  test('country: cities in any of the given countries', async () => {
    for (const country of countries) await assertListed(`/v1/cities?country=${country}`, cities.filter((c) => c.country === country));
    const de = cities.filter((c) => c.country === 'DE');
    assert.equal((await api.json<ListEnvelope<City>>('/v1/cities?country=DE')).total, de.length);
    await assertListed('/v1/cities?country=DE,NO,MT', cities.filter((c) => ['DE', 'NO', 'MT'].includes(c.country)));
  });

  test('partner: cities where any of the given partners is active', async () => {
    for (const partner of partners) await assertListed(`/v1/cities?partner=${partner.slug}`, cities.filter((c) => c.partners.includes(partner.slug)));
    const pair = ['sun4ukraine', 'civitas'];
    await assertListed(`/v1/cities?partner=${pair.join(',')}`, cities.filter((c) => c.partners.some((p) => pair.includes(p))));
  });

  test('type: participants of any of the given types', async () => {
    const types = [...new Set(cities.map((c) => c.participantType))];
    for (const type of types) await assertListed(`/v1/cities?type=${type}`, cities.filter((c) => c.participantType === type));
    await assertListed('/v1/cities?type=island,city-pair', cities.filter((c) => ['island', 'city-pair'].includes(c.participantType)));
  });

  test('theme and topic: cities where a partner on any of them is active', async () => {
    for (const theme of themes) {
      await assertListed(`/v1/cities?theme=${theme.slug}`, cities.filter((c) => cityPartners(c).some((p) => p.themes.includes(theme.slug))));
    }
    let nonEmpty = 0;
    for (const topic of topics) {
      const expected = cities.filter((c) => cityPartners(c).some((p) => p.topics.includes(topic.slug)));
      if (expected.length > 0) nonEmpty += 1;
      await assertListed(`/v1/cities?topic=${topic.slug}`, expected);
    }
    assert.ok(nonEmpty > 0, 'some topic has cities');
    await assertListed(
      `/v1/cities?topic=${topics.map((t) => t.slug).join(',')}`,
      cities.filter((c) => cityPartners(c).some((p) => p.topics.length > 0)),
    );
    // A topic slug is not a theme: the filter names the one it does not know.
    assertProblem(await api.request('/v1/cities?theme=mobility,finance-and-business-models'), 400, 'theme');
  });

  test('label=awarded and label=none', async () => {
    await assertListed('/v1/cities?label=awarded', cities.filter((c) => c.missionLabel.awarded));
    await assertListed('/v1/cities?label=none', cities.filter((c) => !c.missionLabel.awarded));
  });

  test('round: cities labelled in any of the given rounds', async () => {
    const rounds = [...new Set(cities.flatMap((c) => (c.missionLabel.awarded ? [c.missionLabel.round] : [])))].sort((a, b) => a - b);
    assert.ok(rounds.length > 1);
    const inRounds = (wanted: number[]) => cities.filter((c) => c.missionLabel.awarded && wanted.includes(c.missionLabel.round));
    for (const round of rounds) await assertListed(`/v1/cities?round=${round}`, inRounds([round]));
    await assertListed(`/v1/cities?round=${rounds[0]},${rounds.at(-1)}`, inRounds([rounds[0]!, rounds.at(-1)!]));
    // A round nobody was labelled in is a valid question with an empty answer.
    await assertListed('/v1/cities?round=98', []);
  });

  test('associated=true and associated=false', async () => {
    await assertListed('/v1/cities?associated=true', cities.filter((c) => c.associated));
    await assertListed('/v1/cities?associated=false', cities.filter((c) => !c.associated));
  });

  test('q: every city is found by its name written without accents', async () => {
    for (const city of cities) {
      const q = asciify(city.name).toLowerCase();
      const { items } = await listAll<City>(`/v1/cities?q=${encodeURIComponent(q)}`);
      assert.ok(items.some((item) => item.slug === city.slug), `q=${q} finds ${city.slug}`);
    }
  });

  test('q: accent- and case-insensitive both ways (lodz finds Łódź; ŁÓDŹ, malmo, SONDERBORG too)', async () => {
    const named = (name: string) => cities.filter((c) => c.name === name);
    for (const [q, name] of [
      ['lodz', 'Łódź'],
      ['ŁÓDŹ', 'Łódź'],
      ['malmo', 'Malmö'],
      ['SONDERBORG', 'Sønderborg'],
      ['munster', 'Münster'],
      ['valencia', 'València'],
    ] as const) {
      assert.equal(named(name).length, 1, `${name} is a city of the data`);
      await assertListed(`/v1/cities?q=${encodeURIComponent(q)}`, named(name));
    }
    // Also other names and the country.
    await assertListed('/v1/cities?q=munchen', [cityBySlug('de-munich')]);
    const norway = cities.filter((c) => c.countryName === 'Norway');
    await assertListed('/v1/cities?q=norway', norway);
  });

  test('different parameters combine (AND)', async () => {
    const expected = cities.filter((c) => c.country === 'NO' && c.associated);
    await assertListed('/v1/cities?country=NO,DE&associated=true', expected);
    await assertListed('/v1/cities?label=none&associated=false', cities.filter((c) => !c.missionLabel.awarded && !c.associated));
  });

  test('sort=name (the default) and sort=-name', async () => {
    const names = (await listAll<City>('/v1/cities?sort=name')).items.map((c) => c.name);
    assert.equal(names.length, cities.length);
    for (let i = 1; i < names.length; i++) assert.ok(compareNames(names[i - 1]!, names[i]!) <= 0, `${names[i - 1]} before ${names[i]}`);
    assert.deepEqual((await listAll<City>('/v1/cities')).items.map((c) => c.name), names);
    assert.deepEqual((await listAll<City>('/v1/cities?sort=-name')).items.map((c) => c.name), [...names].reverse());
  });

  test('sort=country groups the cities of a country, countries in name order, cities by name within', async () => {
    const items = (await listAll<City>('/v1/cities?sort=country')).items;
    assert.equal(items.length, cities.length);
    const seen: string[] = [];
    for (const [i, city] of items.entries()) {
      if (seen.at(-1) !== city.country) {
        assert.ok(!seen.includes(city.country), `${city.country} appears in one run`);
        seen.push(city.country);
      }
      const previous = items[i - 1];
      if (!previous) continue;
      assert.ok(compareNames(previous.countryName, city.countryName) <= 0, `${previous.countryName} before ${city.countryName}`);
      if (previous.country === city.country) assert.ok(compareNames(previous.name, city.name) <= 0, `${previous.name} before ${city.name}`);
    }
    assert.equal(seen.length, countries.length);
  });

  test('sort=population and sort=-population; a city without a population sorts last both ways', async () => {
    const unknown = cities.filter((c) => c.population === null);
    assert.ok(unknown.length > 0, 'the data has a city without a population');
    for (const sort of ['population', '-population']) {
      const items = (await listAll<City>(`/v1/cities?sort=${sort}`)).items;
      const known = items.slice(0, items.length - unknown.length);
      assert.deepEqual(slugSet(items.slice(known.length)), slugSet(unknown), `${sort}: unknown population last`);
      for (let i = 1; i < known.length; i++) {
        const [a, b] = [known[i - 1]!.population!, known[i]!.population!];
        assert.ok(sort === 'population' ? a <= b : a >= b, `${sort}: ${a} then ${b}`);
      }
    }
  });

  test('sort=label and sort=-label order by award round, cities without the label last, ties by name', async () => {
    const unlabelled = cities.filter((c) => !c.missionLabel.awarded);
    for (const sort of ['label', '-label']) {
      const items = (await listAll<City>(`/v1/cities?sort=${sort}`)).items;
      const labelled = items.slice(0, items.length - unlabelled.length);
      assert.deepEqual(slugSet(items.slice(labelled.length)), slugSet(unlabelled), `${sort}: unlabelled last`);
      for (let i = 1; i < labelled.length; i++) {
        const [a, b] = [labelled[i - 1]!, labelled[i]!];
        const [ra, rb] = [a.missionLabel.awarded ? a.missionLabel.round : NaN, b.missionLabel.awarded ? b.missionLabel.round : NaN];
        assert.ok(sort === 'label' ? ra <= rb : ra >= rb, `${sort}: round ${ra} then ${rb}`);
        if (ra === rb) assert.ok(compareNames(a.name, b.name) <= 0, `${sort}: ${a.name} before ${b.name} within round ${ra}`);
      }
    }
  });
});

describe('/v1/cities.geojson', () => {
  test('a FeatureCollection of the 112 cities, one feature per city, points as [lon, lat]', async () => {
    const reply = await api.request('/v1/cities.geojson');
    assert.equal(reply.status, 200);
    assert.equal(reply.contentType, 'application/geo+json');
    const collection = reply.body as CitiesGeoJson;
    assert.equal(collection.type, 'FeatureCollection');
    assert.equal(collection.features.length, 112);
    assert.deepEqual(collection.features.map((f) => f.id).sort(), slugSet(cities));
    for (const feature of collection.features) {
      const city = cityBySlug(feature.id);
      assert.equal(feature.type, 'Feature');
      const positions = city.points.map((point) => [point.lon, point.lat]);
      if (positions.length === 0) assert.equal(feature.geometry, null);
      else if (positions.length === 1) assert.deepEqual(feature.geometry, { type: 'Point', coordinates: positions[0] });
      else assert.deepEqual(feature.geometry, { type: 'MultiPoint', coordinates: positions });
      assert.equal(feature.properties.slug, city.slug);
      assert.equal(feature.properties.name, city.name);
      assert.equal(feature.properties.country, city.country);
      assert.equal(feature.properties.population, city.population);
      assert.equal(feature.properties.labelRound, city.missionLabel.awarded ? city.missionLabel.round : null);
      assert.deepEqual(feature.properties.partners, city.partners);
      assert.equal(feature.properties.illustrativeGeometry, city.points.length > 0 && city.points.every((p) => p.illustrative), city.slug);
    }
  });

  test("Gozo's stand-in point is flagged illustrative; Eindhoven & Helmond is a MultiPoint", async () => {
    const collection = await api.json<CitiesGeoJson>('/v1/cities.geojson');
    const gozo = collection.features.find((f) => f.properties.name === 'Gozo');
    assert.equal(gozo?.properties.illustrativeGeometry, true);
    assert.equal(gozo?.geometry?.type, 'Point');
    assert.equal(collection.features.filter((f) => f.properties.illustrativeGeometry).length, cities.filter((c) => c.points.some((p) => p.illustrative)).length);
    const pair = collection.features.find((f) => f.properties.name === 'Eindhoven & Helmond');
    assert.equal(pair?.geometry?.type, 'MultiPoint');
    assert.equal(pair?.geometry?.coordinates.length, 2);
  });

  test("each feature's url is the city's own resource on this server", async () => {
    const collection = await api.json<CitiesGeoJson>('/v1/cities.geojson');
    for (const feature of collection.features) assert.equal(feature.properties.url, `${api.origin()}/v1/cities/${feature.id}`);
    const sample = collection.features.find((f) => f.id === 'mt-gozo')!;
    assert.deepEqual(await api.json<City>(new URL(sample.properties.url).pathname), cityBySlug('mt-gozo'));
  });

  test('takes the city filters', async () => {
    const de = await api.json<CitiesGeoJson>('/v1/cities.geojson?country=DE');
    assert.deepEqual(de.features.map((f) => f.id).sort(), slugSet(cities.filter((c) => c.country === 'DE')));
    const none = await api.json<CitiesGeoJson>('/v1/cities.geojson?label=none&associated=true');
    assert.deepEqual(none.features.map((f) => f.id).sort(), slugSet(cities.filter((c) => !c.missionLabel.awarded && c.associated)));
  });
});

describe('/v1/stats', () => {
  /** The counts, computed from the data files, for the partners in `selected`. */
  function expectedStats(selected: Partner[]) {
    const byCountry = countries.map((country) => ({
      country,
      countryName: cities.find((c) => c.country === country)!.countryName,
      cities: cities.filter((c) => c.country === country).length,
      partners: selected.filter((p) => partnerCountries(p).has(country)).length,
    }));
    const rounds = [...new Set(cities.flatMap((c) => (c.missionLabel.awarded ? [c.missionLabel.round] : [])))].sort((a, b) => a - b);
    const byLabelRound = rounds.map((round) => {
      const inRound = cities.filter((c) => c.missionLabel.awarded && c.missionLabel.round === round);
      const first = inRound[0]!.missionLabel;
      return { round, date: first.awarded ? first.date.value : null, cities: inRound.length };
    });
    return {
      partners: selected.length,
      cities: cities.length,
      byTheme: new Map(themes.map((t) => [t.slug, selected.filter((p) => p.themes.includes(t.slug)).length])),
      byTopic: new Map(topics.map((t) => [t.slug, selected.filter((p) => p.topics.includes(t.slug)).length])),
      byPartnerType: new Map(PartnerType.options.map((type) => [type, selected.filter((p) => p.type === type).length] as const)),
      byCountry,
      byLabelRound,
    };
  }

  function assertStats(stats: Stats, selected: Partner[], label: string) {
    const expected = expectedStats(selected);
    assert.equal(stats.partners, expected.partners, `${label}: partners`);
    assert.equal(stats.cities, expected.cities, `${label}: cities`);
    assert.deepEqual(new Map(stats.byTheme.map((e) => [e.slug, e.count])), expected.byTheme, `${label}: byTheme`);
    assert.equal(stats.byTheme.length, themes.length);
    assert.deepEqual(new Map(stats.byTopic.map((e) => [e.slug, e.count])), expected.byTopic, `${label}: byTopic`);
    assert.deepEqual(new Map(stats.byPartnerType.map((e) => [e.slug, e.count])), expected.byPartnerType, `${label}: byPartnerType`);
    assert.deepEqual([...stats.byCountry].sort((a, b) => a.country.localeCompare(b.country)), expected.byCountry, `${label}: byCountry`);
    assert.deepEqual(stats.byLabelRound, expected.byLabelRound, `${label}: byLabelRound`);
  }

  test('counts agree with the dataset', async () => {
    const stats = await api.json<Stats>('/v1/stats');
    assertStats(stats, partners, 'unfiltered');
    assert.equal(stats.cities, 112);
    assert.equal(stats.byLabelRound.reduce((sum, round) => sum + round.cities, 0), cities.filter((c) => c.missionLabel.awarded).length);
  });

  test('partner counts honour the partner filters; city counts stay over all cities', async () => {
    const cases: [string, Partner[]][] = [
      ['type=initiative', partners.filter((p) => p.type === 'initiative')],
      ['theme=mobility,energy-systems', partners.filter((p) => p.themes.some((t) => ['mobility', 'energy-systems'].includes(t)))],
      ['topic=governance-and-policy', partners.filter((p) => p.topics.includes('governance-and-policy'))],
      ['country=DE', partners.filter((p) => partnerCountries(p).has('DE'))],
      ['city=no-oslo', partners.filter((p) => p.links.some((l) => l.scope === 'city' && l.target === 'no-oslo'))],
      ['q=lodz', []],
      ['type=eu-funded-project&topic=learning-and-capabilities', partners.filter((p) => p.type === 'eu-funded-project' && p.topics.includes('learning-and-capabilities'))],
    ];
    for (const [query, selected] of cases) {
      assert.ok(selected.length < partners.length, `${query} narrows`);
      assertStats(await api.json<Stats>(`/v1/stats?${query}`), selected, query);
    }
  });

  test('stats are not paginated and refuse unknown filters', async () => {
    assertProblem(await api.request('/v1/stats?limit=5'), 400, 'limit');
    assertProblem(await api.request('/v1/stats?theme=teleportation'), 400, 'theme');
  });
});

describe('/v1/openapi.json', () => {
  test('answers an OpenAPI 3.1 document describing every endpoint', async () => {
    const reply = await api.request('/v1/openapi.json');
    assert.equal(reply.status, 200);
    assert.equal(reply.contentType, 'application/json');
    const doc = reply.body as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/partners', '/partners/{slug}', '/cities', '/cities/{slug}', '/cities.geojson', '/themes', '/topics', '/stats']) {
      assert.ok(path in doc.paths, `documents ${path}`);
    }
  });
});

conformsToOpenApi(api);
