/**
 * The embed configurator: for each element, the snippet it writes, pasted into a blank page of
 * another site, renders the same widget as the preview (same element, same attributes, same
 * colours, same visible text) with zero console errors. In the strict form (colours for the
 * stylesheet), the pasted page runs under exactly the Content Security Policy that the security
 * page documents, with Trusted Types, and has zero violations.
 *
 * Two origins, as in real use: the documentation, the API and the bundle on one (the bundle
 * served with `Access-Control-Allow-Origin`, as the security page says a CDN must), the
 * partner's page on the other.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { startServer, type RunningServer } from '../../packages/api/src/node.js';
import { launchChromium, type Browser } from '../../scripts/lib/browser.js';
import { createSiteApp } from '../../scripts/serve.js';
import { deepTextOf, openPage, requireDocsBuilt, waitForWidgets, type OpenedPage, type Site } from './helpers.js';

let docs: RunningServer;
let partner: RunningServer;
let browser: Promise<Browser> | undefined;
const pasted = new Map<string, { html: string; css: string; policy: string | null }>();

/** A Site for the helpers: `origin` is where pages are opened; one Chromium for both. */
const siteAt = (origin: string): Site => ({
  origin,
  api: `${docs.origin}/v1`,
  apiGet: async () => {
    throw new Error('not used');
  },
  browser: () => (browser ??= launchChromium()),
  close: async () => undefined,
});

before(async () => {
  requireDocsBuilt();
  const site = createSiteApp();
  const withCors = new Hono();
  withCors.all('*', async (c) => {
    const response = await site.fetch(c.req.raw);
    if (!new URL(c.req.url).pathname.startsWith('/cdn/')) return response;
    const headers = new Headers(response.headers);
    headers.set('Access-Control-Allow-Origin', '*');
    return new Response(response.body, { status: response.status, headers });
  });
  docs = await startServer({ app: withCors, port: 0 });

  const pages = new Hono();
  pages.get('/favicon.ico', (c) => c.body(null, 204));
  pages.get('/page/:id/style.css', (c) => c.body(pasted.get(c.req.param('id'))?.css ?? '', 200, { 'Content-Type': 'text/css' }));
  pages.get('/page/:id', (c) => {
    const page = pasted.get(c.req.param('id'));
    if (!page) return c.notFound();
    if (page.policy) c.header('Content-Security-Policy', page.policy);
    return c.html(page.html);
  });
  partner = await startServer({ app: pages, port: 0 });
});

after(async () => {
  if (browser) await (await browser).close();
  await partner?.close();
  await docs?.close();
});

/** A partner's blank page with the snippet pasted into it (and, in the strict form, their stylesheet). */
function blankPage(snippet: string, stylesheet: string | null): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A partner's page</title>
    ${stylesheet ? `<link rel="stylesheet" href="${stylesheet}" />` : ''}
  </head>
  <body>
    <main>
      <h1>Our partnership with NetZeroCities</h1>
${snippet}
    </main>
  </body>
</html>`;
}

/** The widget an element shows: its tag, its attributes (the preview's inline style aside), its accent colour and its text. */
async function widget(opened: OpenedPage, selector: string) {
  await waitForWidgets(opened.page);
  const shape = (await opened.page.evaluate((target) => {
    const element = document.querySelector(target)!;
    return {
      tag: element.localName,
      attributes: element
        .getAttributeNames()
        .filter((name) => name !== 'style')
        .sort()
        .map((name) => [name, element.getAttribute(name)]),
      accent: getComputedStyle(element).getPropertyValue('--nzc-color-accent').trim(),
      text: getComputedStyle(element).getPropertyValue('--nzc-color-text').trim(),
      surface: getComputedStyle(element).getPropertyValue('--nzc-color-surface').trim(),
    };
  }, selector)) as { tag: string; attributes: [string, string][]; accent: string; text: string; surface: string };
  return { ...shape, visible: (await opened.page.evaluate(deepTextOf, selector)) as string };
}

type Options = { element: string; partner?: string; theme?: string; city?: string; variant?: string; accent?: string; surface?: string; scheme?: string; lang?: string; strict?: boolean };

/** Sets the configurator's form, and returns the preview's widget, the snippet and the CSS for the stylesheet. */
async function configure(opened: OpenedPage, options: Options) {
  const { page } = opened;
  await page.waitForSelector('form#options[data-ready="true"]');
  await page.selectOption('#element', options.element);
  // Every field set, to the option given or to its default: nothing carries over from the last case.
  const values = { partner: options.element === 'card' ? 'civitas' : '', theme: '', city: '', variant: 'compact', scheme: '', lang: '', ...options };
  for (const id of ['partner', 'theme', 'city', 'variant', 'scheme', 'lang'] as const) {
    // The fields that do not apply to the element are hidden; they must not count either.
    if (await page.locator(`#${id}`).isVisible()) await page.selectOption(`#${id}`, values[id]);
    else assert.equal(values[id], id === 'variant' ? 'compact' : '', `#${id} applies to the ${options.element}`);
  }
  await page.click('#reset-colours');
  for (const id of ['accent', 'surface'] as const) if (options[id]) await page.fill(`#${id}`, options[id]);
  await page.setChecked('#strict', options.strict ?? false);
  const preview = await widget(opened, '#preview > *');
  const snippet = (await page.locator('#snippet').textContent()) ?? '';
  const css = options.strict ? ((await page.locator('#stylesheet').textContent()) ?? '') : '';
  return { preview, snippet, css };
}

const cases: (Options & { expect: RegExp })[] = [
  { element: 'card', partner: 'civitas', accent: '#7a1f5c', surface: '#fff8ee', scheme: 'light', lang: 'fr', expect: /CIVITAS Initiative/ },
  { element: 'list', theme: 'mobility', variant: 'detailed', accent: '#1f4e8c', expect: /Climate City Capital Hub/ },
  { element: 'filter', lang: 'de', expect: /Mobility & transport/ },
  { element: 'map', partner: 'sun4ukraine', scheme: 'dark', expect: /Mission/ },
  { element: 'explorer', accent: '#6b3fa0', expect: /Covenant of Mayors/ },
];

describe('the embed configurator', () => {
  let configurator: OpenedPage;
  let id = 0;

  before(async () => {
    configurator = await openPage(siteAt(docs.origin), '/docs/configurator/');
  });

  after(async () => {
    await configurator?.close();
  });

  for (const options of cases) {
    test(`the ${options.element} snippet, pasted into a blank page, renders the same widget as the preview`, async () => {
      const { preview, snippet } = await configure(configurator, options);
      assert.match(preview.visible, options.expect);
      assert.match(snippet, /^<script type="module"\s+src="http:\/\/127\.0\.0\.1:\d+\/cdn\/nzc-widgets\.js"\s+integrity="sha384-[A-Za-z0-9+/]{64}"\s+crossorigin="anonymous"><\/script>/);
      if (options.accent) assert.ok(snippet.includes(`--nzc-color-accent: ${options.accent};`), snippet);

      const key = String((id += 1));
      pasted.set(key, { html: blankPage(snippet, null), css: '', policy: null });
      const opened = await openPage(siteAt(partner.origin), `/page/${key}`);
      try {
        const shown = await widget(opened, `main > ${preview.tag}`);
        assert.deepEqual(shown, preview);
        opened.assertClean();
      } finally {
        await opened.close();
      }
      configurator.assertClean();
    });
  }

  test('the strict form works under the exact policy of the security page, with zero violations', async () => {
    const documented = await fetch(`${docs.origin}/docs/security/`).then((response) => response.text());
    const policy = /<code id="csp-policy">([\s\S]*?)<\/code>/.exec(documented)?.[1];
    assert.ok(policy, 'the security page shows the policy in #csp-policy');
    const enforced = policy
      .replace(/&#39;/g, "'")
      .replaceAll('https://cdn.example.org', docs.origin)
      .replaceAll('https://api.example.org', docs.origin)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    assert.match(enforced, /trusted-types nzc-widgets/);

    for (const options of [cases[0]!, cases[3]!, { ...cases[4]!, lang: 'pl' }]) {
      const { preview, snippet, css } = await configure(configurator, { ...options, strict: true });
      assert.doesNotMatch(snippet, /<style|style=/, 'no inline style in the strict form');
      if (options.accent) assert.ok(css.includes(`--nzc-color-accent: ${options.accent};`), css);
      const key = String((id += 1));
      pasted.set(key, { html: blankPage(snippet, `/page/${key}/style.css`), css, policy: enforced });
      const opened = await openPage(siteAt(partner.origin), `/page/${key}`);
      try {
        const shown = await widget(opened, `main > ${preview.tag}`);
        assert.deepEqual(shown, preview);
        opened.assertClean();
        const response = await fetch(`${partner.origin}/page/${key}`);
        assert.equal(response.headers.get('content-security-policy'), enforced);
      } finally {
        await opened.close();
      }
    }
  });

  test('the Copy button puts the snippet on the clipboard', async () => {
    const { page } = configurator;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: docs.origin });
    await configure(configurator, { element: 'card', partner: 'eib' });
    await page.click('#copy-snippet');
    await page.waitForFunction(() => /copied/.test(document.getElementById('copy-status')?.textContent ?? ''));
    const copied = (await page.evaluate(() => navigator.clipboard.readText())) as string;
    assert.equal(copied, await page.locator('#snippet').textContent());
    assert.match(copied, /slug="eib"/);
  });
});
