/**
 * The embedded dataset: it validates, the validator catches each kind of fault, and the facts
 * the data is meant to record are there.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { embeddedDataset } from '../src/dataset/load.js';
import { validateDataset, type Dataset, type DatasetProblem } from '../src/dataset/validate.js';
import * as files from './helpers/data.js';

const { cities, partners, themes, topics, figures, links, ARTICLE } = files;

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
    assert.deepEqual(validateDataset({ themes, topics, partners, cities, figures }), []);
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

  test('reports an objective, and a progress figure, without a source', () => {
    const broken = copy();
    const partner = indexOf(broken.partners, 'civitas');
    broken.partners[partner]!.partnership.objectives[0]!.sources = [];
    assertReported(broken, `/partners/${partner}/partnership/objectives/0/sources`, /without a source/);
    const progress = copy();
    progress.partners[partner]!.partnership.objectives[0]!.progress = { percent: 40, sources: [], certainty: 'confirmed' };
    assertReported(progress, `/partners/${partner}/partnership/objectives/0/progress/sources`, /without a source/);
  });

  test('reports a link without a source', () => {
    const broken = copy();
    const partner = indexOf(broken.partners, 'civitas');
    broken.partners[partner]!.links[0]!.sources = [];
    assertReported(broken, `/partners/${partner}/links/0/sources`, /without a source/);
  });

  test('reports a statement of the article served with another certainty', () => {
    const aim = copy();
    const partner = indexOf(aim.partners, 'philea');
    assert.ok(aim.partners[partner]!.aims[0]!.sources.includes(ARTICLE));
    aim.partners[partner]!.aims[0]!.certainty = 'uncertain';
    assertReported(aim, `/partners/${partner}/aims/0/certainty`, /primary source/);
    const fact = copy();
    const civitas = indexOf(fact.partners, 'civitas');
    const first = fact.partners[civitas]!.facts.findIndex((f) => f.sources.includes(ARTICLE));
    fact.partners[civitas]!.facts[first]!.certainty = 'derived';
    assertReported(fact, `/partners/${civitas}/facts/${first}/certainty`, /primary source/);
    const topic = copy();
    topic.topics[0]!.certainty = 'uncertain';
    assertReported(topic, '/topics/0/certainty', /primary source/);
    const figure = copy();
    figure.figures[0]!.certainty = 'derived';
    assertReported(figure, '/figures/0/certainty', /primary source/);
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

  test('reports a link to an unknown city or country', () => {
    const broken = copy();
    const partner = indexOf(broken.partners, 'civitas');
    const cityLink = broken.partners[partner]!.links.findIndex((link) => link.scope === 'city');
    broken.partners[partner]!.links[cityLink]!.target = 'xx-atlantis';
    assertReported(broken, `/partners/${partner}/links/${cityLink}/target`, /unknown city "xx-atlantis"/);
    const country = copy();
    const countryLink = country.partners[partner]!.links.findIndex((link) => link.scope === 'country');
    country.partners[partner]!.links[countryLink]!.target = 'US';
    assertReported(country, `/partners/${partner}/links/${countryLink}/target`, /unknown country "US"/);
  });

  test('reports a weak link that does not say why, and a reason on a link that is not weak', () => {
    const broken = copy();
    const partner = indexOf(broken.partners, 'philea');
    broken.partners[partner]!.links[0]!.weakReason = null;
    assertReported(broken, `/partners/${partner}/links/0/weakReason`, /weak/);
  });

  test('reports a city listing a partner or link the partner does not list, and the reverse', () => {
    const broken = copy();
    const city = indexOf(broken.cities, 'mt-gozo');
    broken.cities[city]!.partners.push('civitas');
    assertReported(broken, `/cities/${city}/partners/0`, /civitas/);
    const reverse = copy();
    const partner = indexOf(reverse.partners, 'civitas');
    const link = { ...reverse.partners[partner]!.links.find((l) => l.scope === 'city')!, target: 'mt-gozo', targetName: 'Gozo' };
    reverse.partners[partner]!.links.push(link);
    assertReported(reverse, `/partners/${partner}/links/${reverse.partners[partner]!.links.length - 1}`, /mt-gozo/);
    const cityOnly = copy();
    const parma = indexOf(cityOnly.cities, 'it-parma');
    cityOnly.cities[parma]!.links[0]!.detail = 'Something no partner says';
    assertReported(cityOnly, `/cities/${parma}/links/0`, /does not list this link/);
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

  test('every fact has at least one http(s) source', () => {
    let facts = 0;
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}/${index}`));
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.sources) && 'certainty' in record) {
        facts += 1;
        const sources = record.sources as unknown[];
        assert.ok(sources.length >= 1, `${path}: has a source`);
        for (const source of sources) {
          assert.equal(typeof source, 'string', path);
          assert.match(new URL(source as string).protocol, /^https?:$/, `${path}: ${String(source)}`);
        }
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${path}/${key}`);
    };
    visit({ cities, partners, themes, topics, figures }, '');
    assert.ok(facts > cities.length + partners.length + links.length, `${facts} sourced records`);
  });

  test('CIVITAS: a signed MoU, dated October 2024 to the month', () => {
    const civitas = files.partnerBySlug('civitas');
    assert.equal(civitas.partnership.kind, 'mou');
    assert.equal(civitas.partnership.status, 'signed');
    assert.deepEqual(civitas.partnership.signed, { value: '2024-10', precision: 'month' });
  });

  test('the article\'s "first MoU with another EU-funded project" and "one of the earliest" are confirmed, citing it', () => {
    const civitas = files.partnerBySlug('civitas').facts.filter((fact) => /first MoU/i.test(fact.text) && /EU-funded project/i.test(fact.text));
    assert.equal(civitas.length, 1);
    assert.equal(civitas[0]!.certainty, 'confirmed');
    assert.ok(civitas[0]!.sources.includes(ARTICLE));
    const networkNature = files.partnerBySlug('networknature-plus').facts.filter((fact) => /one of the earliest/i.test(fact.text));
    assert.equal(networkNature.length, 1);
    assert.equal(networkNature[0]!.certainty, 'confirmed');
    assert.ok(networkNature[0]!.sources.includes(ARTICLE));
  });

  test('the six knowledge topics carry the article\'s words and cite it, confirmed', () => {
    assert.deepEqual(
      topics.map((topic) => topic.label.toLowerCase()),
      ['technology and infrastructure', 'governance and policy', 'finance and business models', 'learning and capabilities', 'participation, culture, and democracy', 'social innovation'],
    );
    for (const topic of topics) {
      assert.ok(topic.sources.includes(ARTICLE), topic.slug);
      assert.equal(topic.certainty, 'confirmed', topic.slug);
    }
  });

  test('the four themes the article names cite it, confirmed', () => {
    const cited = themes.filter((theme) => theme.sources.includes(ARTICLE));
    assert.deepEqual(cited.map((theme) => theme.slug).sort(), ['built-environment', 'circular-economy', 'energy-systems', 'mobility']);
    for (const theme of cited) assert.equal(theme.certainty, 'confirmed');
  });

  test('objectives: only the sourced ones (three of NetworkNature+, the three parts of the CIVITAS MoU), none with progress', () => {
    const withObjectives = partners.filter((partner) => partner.partnership.objectives.length > 0);
    assert.deepEqual(withObjectives.map((partner) => [partner.slug, partner.partnership.objectives.length]).sort(), [['civitas', 3], ['networknature-plus', 3]]);
    for (const objective of withObjectives.flatMap((partner) => partner.partnership.objectives)) {
      assert.deepEqual(objective.sources, [ARTICLE], objective.title);
      assert.equal(objective.progress, null, objective.title);
    }
  });

  test('the partners the article spotlights have their aims from it; certainty follows from them', () => {
    for (const slug of ['civitas', 'networknature-plus', 'covenant-of-mayors-europe', 'capacities', 'philea']) {
      const partner = files.partnerBySlug(slug);
      assert.ok(partner.aims.length > 0, slug);
      for (const aim of partner.aims) assert.deepEqual([aim.sources, aim.certainty], [[ARTICLE], 'confirmed'], slug);
      assert.equal(partner.certainty, 'confirmed', slug);
    }
    assert.match(files.partnerBySlug('philea').aims.map((aim) => aim.text).join(' '), /7,500 foundations/);
    assert.match(files.partnerBySlug('philea').aims.map((aim) => aim.text).join(' '), /convenor, broker, and multiplier/);
    assert.match(files.partnerBySlug('capacities').aims.map((aim) => aim.text).join(' '), /15 European countries/);
    // DUT's partnership is only inferred and it has no aims of its own: it stays derived.
    assert.equal(files.partnerBySlug('dut-partnership').certainty, 'derived');
  });

  test('193 links: each sourced, with its kind; weak ones say why; country links are not on cities', () => {
    assert.equal(links.length, 193);
    for (const link of links) {
      assert.ok(link.sources.length >= 1);
      assert.equal(link.weak, link.weakReason !== null);
    }
    assert.equal(new Set(links.filter((link) => link.scope === 'city').map((link) => link.target)).size, 62);
    assert.equal(new Set(links.filter((link) => link.scope === 'country').map((link) => link.target)).size, 29);
    for (const city of cities) for (const link of city.links) assert.equal(link.scope, 'city');
  });

  test('links between partners and cities agree both ways', () => {
    for (const partner of partners) {
      for (const link of partner.links.filter((l) => l.scope === 'city')) {
        assert.ok(files.cityBySlug(link.target).links.some((other) => other.partner === partner.slug && other.detail === link.detail), `${partner.slug} ↔ ${link.target}`);
      }
    }
    for (const city of cities) {
      for (const slug of city.partners) assert.ok(files.partnerBySlug(slug).links.some((link) => link.target === city.slug), `${city.slug} ↔ ${slug}`);
    }
  });

  test('the figures the sources give: 112 cities, 35 countries, more than a hundred EU-funded projects', () => {
    const bySlug = Object.fromEntries(figures.map((figure) => [figure.slug, figure]));
    assert.deepEqual([bySlug['mission-cities']!.value, bySlug['mission-cities']!.moreThan], [112, false]);
    assert.ok(bySlug['mission-cities']!.sources.includes(ARTICLE));
    assert.equal(bySlug['mission-countries']!.value, 35);
    assert.deepEqual([bySlug['eu-funded-projects-working-with-cities']!.value, bySlug['eu-funded-projects-working-with-cities']!.moreThan], [100, true]);
  });
});
