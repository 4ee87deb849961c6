/**
 * The examples in Firefox ESR and WebKitGTK: each page shows what the API has, passes axe-core and
 * records no problem. The other end-to-end tests (clicks, history, the React picker, the embed
 * page's integrity checks) drive Chromium through Playwright's locators, which do not drive
 * Debian's Firefox or WebKit; what they read on the page is read here in both.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchEngine, otherEngines, type EngineBrowser, type EnginePage } from '../../scripts/lib/engines.js';
import {
  assertNoViolations,
  axeRun,
  axeSource,
  built,
  pageHelpers,
  requireBuilt,
  startSite,
  type AxeViolation,
  type PartnerPage,
  type Site,
} from './helpers.js';

let site: Site;

before(async () => {
  requireBuilt(built.embedPage, built.reactPage);
  site = await startSite();
});

after(async () => {
  await site?.close();
});

const names = (page: PartnerPage) => page.data.map((partner) => partner.name);
const call = (name: string, ...args: unknown[]) =>
  `window.__nzcE2e.${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;

/** Waits until the cards in `selector` show `expected`; fails saying what they show. */
async function waitForNames(page: EnginePage, selector: string, expected: string[]): Promise<void> {
  await page
    .waitFor(`JSON.stringify(${call('partnerNames', selector)}) === ${JSON.stringify(JSON.stringify(expected))}`)
    .catch(async () => {
      assert.deepEqual(
        await page.evaluate(call('partnerNames', selector)),
        expected,
        `${selector} shows the API's partners`,
      );
    });
}

/** Waits until the text of `selector` (shadow roots included) matches `pattern`. */
async function waitForText(page: EnginePage, selector: string, pattern: RegExp): Promise<void> {
  await page.waitFor(`${pattern.toString()}.test(${call('text', selector)} ?? '')`).catch(async () => {
    assert.match((await page.evaluate<string | null>(call('text', selector))) ?? '', pattern, `${selector}'s text`);
  });
}

/** axe-core (WCAG 2.2 A and AA) finds nothing, and the page recorded no problem. */
async function assertCleanAndAccessible(page: EnginePage): Promise<void> {
  await page.inject(axeSource);
  assertNoViolations(await page.evaluate<AxeViolation[]>(axeRun));
  assert.deepEqual(await page.problems(), []);
}

for (const name of otherEngines) {
  describe(`the examples in ${name}`, () => {
    let browser: EngineBrowser;

    before(async () => {
      browser = await launchEngine(name);
    });

    after(async () => {
      await browser?.close();
    });

    const open = (path: string) => browser.open(`${site.origin}${path}`, pageHelpers);

    test('the CDN page: CIVITAS’s card, the partners on mobility and the 112 cities, as the API has them', async () => {
      const civitas = await site.apiGet<{ name: string }>('partners/civitas');
      const mobility = await site.apiGet<PartnerPage>('partners?theme=mobility&limit=12');
      const cities = await site.apiGet<{ total: number }>('cities?limit=1');
      const page = await open('/examples/embed-cdn/');
      try {
        await waitForNames(page, 'nzc-partner-card', [civitas.name]);
        await waitForText(page, 'nzc-partner-card', /Joint objectives/);
        await waitForNames(page, 'nzc-partner-list', names(mobility));
        assert.equal(await page.evaluate(call('countText', 'nzc-partner-list')), `${mobility.total} partners`);
        await page.waitFor(`${call('deepCount', 'nzc-city-map', '[part~="list-item"]')} === ${cities.total}`);
        await assertCleanAndAccessible(page);
      } finally {
        await page.close();
      }
    });

    test('the explorer, linked with ?theme=mobility, lists the API’s partners on mobility', async () => {
      const mobility = await site.apiGet<PartnerPage>('partners?theme=mobility&limit=12');
      const page = await open('/examples/explorer/?theme=mobility');
      try {
        await waitForNames(page, 'nzc-partner-explorer nzc-partner-list', names(mobility));
        await assertCleanAndAccessible(page);
      } finally {
        await page.close();
      }
    });

    test('the Mission city page: the partners active in Munich and its facts', async () => {
      const partners = await site.apiGet<PartnerPage>('partners?city=de-munich&limit=12');
      const city = await site.apiGet<{ name: string; countryName: string; sources: string[] }>('cities/de-munich');
      const page = await open('/examples/mission-city/');
      try {
        await waitForNames(page, 'nzc-partner-list', names(partners));
        await waitForText(
          page,
          '#city-facts',
          new RegExp(`${city.name}, ${city.countryName}.*Sources \\(${city.sources.length}\\)`),
        );
        await assertCleanAndAccessible(page);
      } finally {
        await page.close();
      }
    });

    test('the React page shows the first six partners and the first one in detail', async () => {
      const all = await site.apiGet<PartnerPage>('partners?limit=6');
      const page = await open('/examples/react/');
      try {
        await waitForNames(page, 'nzc-partner-list', names(all));
        await waitForNames(page, 'nzc-partner-card', [all.data[0]!.name]);
        await assertCleanAndAccessible(page);
      } finally {
        await page.close();
      }
    });

    test('the list of the Mission cities shows every city the API lists', async () => {
      const cities = await site.apiGet<{ total: number }>('cities?limit=1');
      const page = await open('/examples/list-cities/');
      try {
        await waitForText(page, '#status', new RegExp(`^${cities.total} Mission cities\\.$`));
        assert.equal(await page.evaluate('document.querySelectorAll("#cities tr").length'), cities.total);
        await assertCleanAndAccessible(page);
      } finally {
        await page.close();
      }
    });
  });
}
