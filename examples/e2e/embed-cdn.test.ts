/**
 * examples/embed-cdn/: a partner initiative's page (CIVITAS) built from the CDN file and tags
 * alone, under the examples' strict Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, built, countText, openPage, requireBuilt, startSite, waitForPartnerNames, waitForText, type E2eWindow, type OpenedPage, type PartnerPage, type Site } from './helpers.js';

const PATH = '/examples/embed-cdn/';
let site: Site;
let opened: OpenedPage;

before(async () => {
  requireBuilt(built.embedPage);
  site = await startSite();
  opened = await openPage(site, PATH);
});

after(async () => {
  await opened?.close();
  await site?.close();
});

describe('the CDN page of a partner (CIVITAS)', () => {
  test('loads the one-file bundle pinned by the integrity hash of the bundle served', async () => {
    const record = JSON.parse(readFileSync(built.bundleRecord, 'utf8')) as { integrity: string };
    const page = await fetch(`${site.origin}${PATH}`);
    assert.match(page.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'/);
    const html = await page.text();
    const tag = /<script type="module" src="\/cdn\/nzc-widgets\.js" integrity="([^"]+)" crossorigin="anonymous"><\/script>/.exec(html);
    assert.ok(tag, 'a module script tag for /cdn/nzc-widgets.js with integrity and crossorigin');
    assert.equal(tag[1], record.integrity, 'examples/embed-cdn/index.html was written for another build of the bundle: run `pnpm run build`, which rebuilds both');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
    const bundle = Buffer.from(await (await fetch(`${site.origin}/cdn/nzc-widgets.js`)).arrayBuffer());
    assert.equal(`sha384-${createHash('sha384').update(bundle).digest('base64')}`, tag[1], 'the hash is the served file’s');
  });

  test('shows CIVITAS’s own card, detailed, as the API has it', async () => {
    const civitas = await site.apiGet<{ name: string; partnership: { activities: unknown[] }; facts: unknown[] }>('partners/civitas');
    await waitForPartnerNames(opened.page, 'nzc-partner-card', [civitas.name]);
    await waitForText(opened.page, 'nzc-partner-card', /Joint objectives/);
  });

  test('lists the partners on mobility: the API’s answer, in its order', async () => {
    const mobility = await site.apiGet<PartnerPage>('partners?theme=mobility&limit=12');
    assert.ok(mobility.total > 1, 'more than one partner on mobility');
    await waitForPartnerNames(opened.page, 'nzc-partner-list', mobility.data.map((partner) => partner.name));
    assert.match((await countText(opened.page, 'nzc-partner-list')) ?? '', new RegExp(`^${mobility.total} partners$`));
  });

  test('shows the Mission cities on the map, or the link to their list where the map is not defined', async (t) => {
    const defined = await opened.page.evaluate('Boolean(customElements.get("nzc-city-map"))');
    if (!defined) {
      t.diagnostic('<nzc-city-map> is not defined by this bundle: its fallback link shows');
      assert.ok(await opened.page.getByRole('link', { name: 'The list of the Mission cities' }).isVisible());
      return;
    }
    const cities = await site.apiGet<{ total: number }>('cities?limit=1');
    await opened.page.waitForFunction(
      (total) => (window as unknown as E2eWindow).__nzcE2e.deepCount('nzc-city-map', '[part~="list-item"]') === total,
      cities.total,
      { timeout: 10_000 },
    );
    assert.equal(cities.total, 112);
  });

  test('passes axe-core (WCAG 2.2 AA) with zero violations', async () => {
    await assertAccessible(opened.page);
  });

  test('no console error, page error, failed request or policy violation', () => {
    opened.assertClean();
  });
});
