/**
 * examples/index.html and examples/list-cities/: the list of examples, every link of which
 * leads somewhere, and the page that follows the API's `next` links with plain fetch.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, openPage, startSite, waitForText, type Site } from './helpers.js';

let site: Site;

before(async () => {
  site = await startSite();
});

after(async () => {
  await site?.close();
});

describe('the examples index', () => {
  test('lists every example, and every link on it answers 200', async () => {
    const opened = await openPage(site, '/examples/');
    try {
      const links = await opened.page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      for (const path of ['/examples/embed-cdn/', '/examples/mission-city/', '/examples/explorer/', '/examples/react/', '/examples/list-cities/']) {
        assert.ok(links.includes(`${site.origin}${path}`), `a link to ${path}`);
      }
      assert.match((await opened.page.locator('main').textContent()) ?? '', /examples\/sdk-node\/main\.ts/);
      for (const link of links) {
        const response = await fetch(link, { redirect: 'manual' });
        // /docs/ is the documentation's, written by its own build; a redirect is a link that works.
        assert.ok(response.status === 200 || (response.status >= 300 && response.status < 400), `${link}: HTTP ${response.status}`);
      }
      await assertAccessible(opened.page);
      opened.assertClean();
    } finally {
      await opened.close();
    }
  });
});

describe('the list of the Mission cities', () => {
  test('shows every city the API lists, with no problem', async () => {
    const cities = await site.apiGet<{ total: number }>('cities?limit=1');
    const opened = await openPage(site, '/examples/list-cities/');
    try {
      await waitForText(opened.page, '#status', new RegExp(`^${cities.total} Mission cities\\.$`));
      assert.equal(await opened.page.locator('#cities tr').count(), cities.total);
      await assertAccessible(opened.page);
      opened.assertClean();
    } finally {
      await opened.close();
    }
  });
});
