/**
 * examples/mission-city/: a Mission city's page (Munich) with the partners active there and the
 * city's facts, read by a small script of the page's own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, countText, deepText, openPage, startSite, waitForPartnerNames, waitForText, type OpenedPage, type PartnerPage, type Site } from './helpers.js';

type City = {
  slug: string;
  name: string;
  altNames: string[];
  countryName: string;
  population: number | null;
  missionLabel: { awarded: boolean; round?: number };
  partners: string[];
  links: { partner: string; detail: string }[];
  sources: string[];
};

let site: Site;
let opened: OpenedPage;

before(async () => {
  site = await startSite();
  opened = await openPage(site, '/examples/mission-city/');
});

after(async () => {
  await opened?.close();
  await site?.close();
});

describe('the page of a Mission city (Munich)', () => {
  test('lists the partners active in the city: the API’s answer', async () => {
    const partners = await site.apiGet<PartnerPage>('partners?city=de-munich&limit=12');
    // The partners listed are exactly those with a link to Munich itself.
    const munich = await site.apiGet<City>('cities/de-munich');
    assert.deepEqual(partners.data.map((partner) => partner.slug).sort(), [...new Set(munich.links.map((link) => link.partner))].sort());
    assert.ok(partners.total > 1, 'more than one partner works in Munich');
    await waitForPartnerNames(opened.page, 'nzc-partner-list', partners.data.map((partner) => partner.name));
    assert.equal(await countText(opened.page, 'nzc-partner-list'), `${partners.total} partners`);
  });

  test('shows the city’s facts as the API has them', async () => {
    const city = await site.apiGet<City>('cities/de-munich');
    await waitForText(opened.page, '#city-facts', /Sources \(\d+\)/);
    const text = (await deepText(opened.page, '#city-facts'))!;
    assert.match(text, new RegExp(`${city.name}, ${city.countryName}`));
    for (const name of city.altNames) assert.ok(text.includes(name), name);
    assert.ok(text.includes(new Intl.NumberFormat('en').format(city.population!)), 'the population');
    assert.ok(city.missionLabel.awarded);
    assert.match(text, new RegExp(`Awarded in round ${city.missionLabel.round}, `));
    assert.ok(text.includes(`NetZeroCities partners active here (${city.partners.length})`), 'the partner count');
    for (const link of city.links) assert.ok(text.includes(link.detail), `what ${link.partner} does here: ${link.detail}`);
    assert.ok(text.includes(`Sources (${city.sources.length})`));
    const links = await opened.page.locator('#city-facts .sources a').count();
    assert.equal(links, city.sources.length);
  });

  test('passes axe-core (WCAG 2.2 AA) with zero violations', async () => {
    await assertAccessible(opened.page);
  });

  test('no console error, page error, failed request or policy violation', () => {
    opened.assertClean();
  });
});
