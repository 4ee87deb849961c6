/**
 * Every page of the documentation, in Chromium, as ./scripts/start serves it: it loads with no
 * console error, no uncaught exception, no failed request and no Content-Security-Policy
 * violation; its widgets render; it passes axe-core (WCAG 2.2 A and AA) with zero violations;
 * it has the shared header, one h1 and a skip link to its main landmark; and its links lead
 * somewhere.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, deepTextOf, docsPages, openPage, requireDocsBuilt, root, runAxe, startSite, waitForWidgets, type AxeViolation, type Site } from './helpers.js';

let site: Site;
const pages = docsPages();
const reference = '/docs/reference/';
/** Links found on the pages, checked once at the end. */
const links = new Set<string>();

before(async () => {
  requireDocsBuilt();
  site = await startSite();
});

after(async () => {
  await site?.close();
});

describe('every documentation page', () => {
  test('the pages are the ones the header links to, and more', () => {
    const expected = ['/docs/', '/docs/getting-started/', '/docs/configurator/', '/docs/elements/', '/docs/theming/', '/docs/localisation/', '/docs/sdk/', '/docs/api/', '/docs/security/', '/docs/accessibility/', '/docs/problems/'];
    for (const path of expected) assert.ok(pages.includes(path), `${path} exists`);
  });

  for (const path of pages.filter((page) => !page.startsWith(reference))) {
    test(`${path} loads cleanly and passes axe-core`, async () => {
      const opened = await openPage(site, path);
      try {
        await waitForWidgets(opened.page);
        opened.assertClean();
        await assertAccessible(opened.page);
        const hrefs = (await opened.page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (link) => (link as HTMLAnchorElement).href))) as string[];
        for (const href of hrefs) if (href.startsWith(site.origin)) links.add(href.split('#')[0]!);
        // Our own pages: the shared layout, and a strict policy in force.
        const layout = await opened.page.evaluate(() => ({
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main#main').length,
          skip: document.querySelector('a.skip-link')?.getAttribute('href') ?? null,
          nav: Array.from(document.querySelectorAll('header nav a'), (link) => link.getAttribute('href')),
          current: document.querySelector('header nav a[aria-current="page"]')?.getAttribute('href') ?? null,
        }));
        assert.equal(layout.h1, 1, 'one h1');
        assert.equal(layout.main, 1, 'one main landmark, #main');
        assert.equal(layout.skip, '#main', 'a skip link to the main content');
        assert.ok(layout.nav.includes('/docs/getting-started/') && layout.nav.includes('/docs/reference/'), 'the shared navigation');
        if (layout.nav.includes(path)) assert.equal(layout.current, path, 'the current page is marked in the navigation');
        const response = await fetch(`${site.origin}${path}`);
        assert.match(response.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'/);
      } finally {
        await opened.close();
      }
    });
  }

  test('in dark mode too, every page of ours passes axe-core (contrast included)', async () => {
    for (const path of pages.filter((page) => !page.startsWith(reference))) {
      const opened = await openPage(site, path);
      try {
        await opened.page.emulateMedia({ colorScheme: 'dark' });
        await waitForWidgets(opened.page);
        assert.equal(await opened.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
        await assertAccessible(opened.page).catch((error: Error) => {
          throw new Error(`${path} in dark mode: ${error.message}`);
        });
      } finally {
        await opened.close();
      }
    }
  });

  // TypeDoc's pages: the build takes the permalinks out of the collapsible sections' <summary>
  // elements (a link inside a button), so they pass like every other page.
  test(`${reference}index.html loads cleanly and passes axe-core with zero violations`, async () => {
    const opened = await openPage(site, `${reference}index.html`);
    try {
      await opened.page.waitForLoadState('networkidle');
      opened.assertClean();
      await assertAccessible(opened.page);
      const hrefs = (await opened.page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (link) => (link as HTMLAnchorElement).href))) as string[];
      for (const href of hrefs) if (href.startsWith(site.origin)) links.add(href.split('#')[0]!);
    } finally {
      await opened.close();
    }
  });

  // TypeDoc's script draws a navigation tree with links inside <summary> elements on the other
  // pages; scripts/docs/typedoc/a11y.js moves them out as they appear.
  test(`a TypeDoc class page passes axe-core with zero violations`, async () => {
    const opened = await openPage(site, `${reference}classes/_nzc_widgets.NzcPartnerCard.html`);
    try {
      await opened.page.waitForLoadState('networkidle');
      opened.assertClean();
      await assertAccessible(opened.page);
    } finally {
      await opened.close();
    }
  });

  test('every link within the site leads to a page', async () => {
    assert.ok(links.size > 20, `links collected: ${links.size}`);
    const broken: string[] = [];
    for (const link of links) {
      const response = await fetch(link);
      if (response.status !== 200) broken.push(`${link}: ${response.status}`);
    }
    assert.deepEqual(broken, []);
  });
});

describe('the getting started page', () => {
  test('loads the bundle with the integrity hash of the build, and shows it in the snippet', async () => {
    const record = JSON.parse(readFileSync(join(root, 'packages/widgets/dist/cdn/nzc-widgets.js.json'), 'utf8')) as { integrity: string };
    const opened = await openPage(site, '/docs/getting-started/');
    try {
      const found = await opened.page.evaluate(() => ({
        script: (document.querySelector('script[src="/cdn/nzc-widgets.js"]') as HTMLScriptElement | null)?.integrity ?? null,
        crossorigin: document.querySelector('script[src="/cdn/nzc-widgets.js"]')?.getAttribute('crossorigin') ?? null,
        snippet: document.querySelector('main pre code')?.textContent ?? '',
      }));
      assert.equal(found.script, record.integrity);
      assert.equal(found.crossorigin, 'anonymous');
      assert.ok(found.snippet.includes(`integrity="${record.integrity}"`), found.snippet);
      assert.ok(found.snippet.includes('crossorigin="anonymous"'));
      await waitForWidgets(opened.page);
      assert.match(await opened.page.evaluate(deepTextOf, 'nzc-partner-card'), /CIVITAS Initiative/);
      assert.match(await opened.page.evaluate(deepTextOf, 'nzc-partner-list'), /Climate City Capital Hub/);
      assert.match(await opened.page.evaluate(deepTextOf, 'nzc-city-map'), /Mission cities/);
      opened.assertClean();
    } finally {
      await opened.close();
    }
  });
});
