/**
 * The embedded dataset: it validates, the validator catches each kind of fault, and the facts
 * the data is meant to record are there.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { embeddedDataset } from '../src/dataset/load.js';
import { validateDataset, type Dataset, type DatasetProblem } from '../src/dataset/validate.js';
import * as files from './helpers/data.js';

const { cities, partners, themes, topics } = files;

/** A deep copy of the embedded dataset to break. */
const copy = (): Dataset => structuredClone(embeddedDataset);

const indexOf = (list: { slug: string }[], slug: string): number => {
  const index = list.findIndex((item) => item.slug === slug);
  assert.ok(index >= 0, `${slug} is in the data`);
  return index;
};

/** Asserts that validating `broken` reports a problem at `path` whose message matches. */
function assertReported(broken: Dataset, path: string, message: RegExp): DatasetProblem[] {
  const problems = validateDataset(broken);
  assert.ok(
    problems.some((problem) => problem.path === path && message.test(problem.message)),
    `expected a problem at ${path} matching ${message}, got ${JSON.stringify(problems)}`,
  );
  return problems;
}

describe('validateDataset', () => {
  test('the embedded dataset has no problem', () => {
    assert.deepEqual(validateDataset(embeddedDataset), []);
  });

  test('the data files on disk have no problem either', () => {
    assert.deepEqual(validateDataset({ themes, topics, partners, cities }), []);
  });

  test('reports a record breaking the schema', () => {
    const broken = copy();
    (broken.cities[0] as { country: string }).country = 'Germany';
    assertReported(broken, '/cities/0/country', /./);
    const other = copy();
    (other.partners[1] as { type: string }).type = 'secret-society';
    assertReported(other, '/partners/1/type', /./);
    const latitude = copy();
    latitude.cities[2]!.points[0]!.lat = 123;
    assertReported(latitude, '/cities/2/points/0/lat', /./);
  });

  test('reports an unknown field, also deep inside a record', () => {
    const broken = copy();
    (broken.partners[0] as unknown as Record<string, unknown>).colour = 'green';
    assertReported(broken, '/partners/0/colour', /unknown field/);
    const nested = copy();
    (nested.cities[3]!.points[0] as unknown as Record<string, unknown>).altitude = 12;
    assertReported(nested, '/cities/3/points/0/altitude', /unknown field/);
  });

  test('reports a duplicate slug', () => {
    const broken = copy();
    broken.cities[5]!.slug = broken.cities[4]!.slug;
    assertReported(broken, '/cities/5/slug', /duplicate/);
    const themesTwice = copy();
    themesTwice.themes.push(structuredClone(themesTwice.themes[0]!));
    assertReported(themesTwice, `/themes/${themesTwice.themes.length - 1}/slug`, /duplicate/);
  });

  test('reports a fact without a source', () => {
    const broken = copy();
    const partner = broken.partners.findIndex((p) => p.facts.length > 0);
    broken.partners[partner]!.facts[0]!.sources = [];
    assertReported(broken, `/partners/${partner}/facts/0/sources`, /./);
    const city = copy();
    city.cities[0]!.sources = [];
    assertReported(city, '/cities/0/sources', /./);
    const label = copy();
    label.cities[0]!.missionLabel.sources = [];
    assertReported(label, '/cities/0/missionLabel/sources', /./);
  });

  test('reports a non-illustrative objective with no sources', () => {
    const broken = copy();
    const partner = indexOf(broken.partners, 'civitas');
    const objective = broken.partners[partner]!.partnership.objectives[0]!;
    assert.deepEqual(objective.sources, []);
    objective.illustrative = false;
    assertReported(broken, `/partners/${partner}/partnership/objectives/0/sources`, /source/);
  });

  test('reports a source that is not an http(s) URL', () => {
    const broken = copy();
    broken.partners[0]!.sources = ['javascript:alert(1)'];
    assertReported(broken, '/partners/0/sources/0', /./);
  });

  test('reports a partner theme or topic that points nowhere', () => {
    const broken = copy();
    const partner = broken.partners.findIndex((p) => p.themes.length > 0);
    broken.partners[partner]!.themes[0] = 'teleportation';
    assertReported(broken, `/partners/${partner}/themes/0`, /teleportation/);
    const topic = copy();
    topic.partners[0]!.topics[0] = 'alchemy';
    assertReported(topic, '/partners/0/topics/0', /alchemy/);
  });

  test('reports a partner city link that points nowhere', () => {
    const broken = copy();
    const partner = broken.partners.findIndex((p) => p.cities.length > 0);
    assert.ok(partner >= 0, 'some partner links a city');
    broken.partners[partner]!.cities[0]!.city = 'xx-atlantis';
    assertReported(broken, `/partners/${partner}/cities/0/city`, /xx-atlantis/);
  });

  test('reports a city listing a partner that does not list it, and the reverse', () => {
    const broken = copy();
    const city = indexOf(broken.cities, 'mt-gozo');
    broken.cities[city]!.partners.push('civitas');
    assertReported(broken, `/cities/${city}/partners/0`, /civitas/);
    const reverse = copy();
    const partner = indexOf(reverse.partners, 'civitas');
    reverse.partners[partner]!.cities.push({ city: 'mt-gozo', role: 'pilot', sources: ['https://example.org/'], certainty: 'confirmed' });
    assertReported(reverse, `/partners/${partner}/cities/0`, /mt-gozo/);
    const nowhere = copy();
    nowhere.cities[city]!.partners.push('no-such-partner');
    assertReported(nowhere, `/cities/${city}/partners/0`, /no-such-partner/);
  });

  test('reports a stand-in point not flagged illustrative', () => {
    const broken = copy();
    const city = indexOf(broken.cities, 'mt-gozo');
    const point = broken.cities[city]!.points.findIndex((p) => p.role === 'stand-in');
    broken.cities[city]!.points[point]!.illustrative = false;
    assertReported(broken, `/cities/${city}/points/${point}/illustrative`, /illustrative/);
  });

  test('a broken copy does not touch the embedded dataset', () => {
    assert.deepEqual(validateDataset(embeddedDataset), []);
  });
});

describe('facts of the data', () => {
  const labelled = cities.filter((city) => city.missionLabel.awarded);
  const unlabelled = cities.filter((city) => !city.missionLabel.awarded);

  test('112 Mission cities: 100 in EU member states and 12 in associated countries, in 35 countries', () => {
    assert.equal(cities.length, 112);
    assert.equal(cities.filter((city) => !city.associated).length, 100);
    assert.equal(cities.filter((city) => city.associated).length, 12);
    assert.equal(new Set(cities.map((city) => city.country)).size, 35);
  });

  test('106 Mission Labels (Eindhoven & Helmond counting as two) on 105 entries; these 7 have none', () => {
    // NZC counts 106 labels of 112; the city pair holds two of them, so 105 of the 112 entries
    // are labelled and 7 are not.
    const pair = files.cityBySlug('nl-eindhoven-and-helmond');
    assert.equal(pair.participantType, 'city-pair');
    assert.equal(pair.missionLabel.awarded, true);
    assert.equal(labelled.length + 1, 106);
    assert.equal(labelled.length + unlabelled.length, 112);
    assert.deepEqual(
      unlabelled.map((city) => city.slug).sort(),
      ['be-brussels-capital-region', 'be-la-louviere', 'ee-tartu', 'de-frankfurt-am-main', 'mt-gozo', 'nl-utrecht', 'me-podgorica'].sort(),
    );
  });

  test('Gozo has only a stand-in point, flagged illustrative', () => {
    const gozo = files.cityBySlug('mt-gozo');
    assert.ok(gozo.points.length > 0);
    for (const point of gozo.points) {
      assert.equal(point.role, 'stand-in');
      assert.equal(point.illustrative, true);
    }
  });

  test('every stand-in point anywhere is illustrative', () => {
    for (const city of cities) for (const point of city.points) if (point.role === 'stand-in') assert.equal(point.illustrative, true, city.slug);
  });

  test('every city and partner has at least one source', () => {
    for (const record of [...cities, ...partners, ...themes, ...topics]) assert.ok(record.sources.length >= 1, record.slug);
  });

  test('every fact has at least one http(s) source; only illustrative objectives go without', () => {
    let facts = 0;
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}/${index}`));
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.sources) && 'certainty' in record) {
        facts += 1;
        const sources = record.sources as unknown[];
        if (record.illustrative !== true) assert.ok(sources.length >= 1, `${path}: has a source`);
        for (const source of sources) {
          assert.equal(typeof source, 'string', path);
          assert.match(new URL(source as string).protocol, /^https?:$/, `${path}: ${String(source)}`);
        }
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${path}/${key}`);
    };
    visit({ cities, partners, themes, topics }, '');
    assert.ok(facts > cities.length + partners.length, `${facts} sourced records`);
  });

  test('CIVITAS: a signed MoU, dated October 2024 to the month', () => {
    const civitas = files.partnerBySlug('civitas');
    assert.equal(civitas.partnership.kind, 'mou');
    assert.equal(civitas.partnership.status, 'signed');
    assert.deepEqual(civitas.partnership.signed, { value: '2024-10', precision: 'month' });
  });

  test('the "first MoU with another EU-funded project" and "one of the earliest" claims are recorded as uncertain', () => {
    const civitas = files.partnerBySlug('civitas').facts.filter((fact) => /first MoU/i.test(fact.text) && /EU-funded project/i.test(fact.text));
    assert.equal(civitas.length, 1);
    assert.equal(civitas[0]!.certainty, 'uncertain');
    const networkNature = files.partnerBySlug('networknature-plus').facts.filter((fact) => /one of the earliest/i.test(fact.text));
    assert.equal(networkNature.length, 1);
    assert.equal(networkNature[0]!.certainty, 'uncertain');
  });

  test('every objective in the data is flagged illustrative (none is sourced)', () => {
    const objectives = partners.flatMap((partner) => partner.partnership.objectives);
    assert.ok(objectives.length > 0);
    for (const objective of objectives) {
      assert.equal(objective.illustrative, true, objective.title);
      assert.deepEqual(objective.sources, [], objective.title);
    }
  });

  test('links between partners and cities agree both ways', () => {
    for (const partner of partners) {
      for (const link of partner.cities) assert.ok(files.cityBySlug(link.city).partners.includes(partner.slug), `${partner.slug} ↔ ${link.city}`);
    }
    for (const city of cities) {
      for (const slug of city.partners) assert.ok(files.partnerBySlug(slug).cities.some((link) => link.city === city.slug), `${city.slug} ↔ ${slug}`);
    }
  });
});
