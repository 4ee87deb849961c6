/**
 * The CDN bundle on a stranger's page, in Chromium: served under a strict Content-Security-Policy
 * with Trusted Types required, from one origin, talking to the API on another. Every element
 * must render with zero policy violations, no page error, and requests only to those two hosts;
 * loading the bundle twice, or two versions of it, must not throw.
 */
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serveStatic } from '@hono/node-server/serve-static';
import { startServer, type RunningServer } from '@nzc/api/node';
import { Hono } from 'hono';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from '../../../scripts/lib/browser.js';
import packageJson from '../package.json' with { type: 'json' };
import { builtFile, cdnDir } from './helpers/built-cdn.js';

let api: RunningServer;
let site: RunningServer;
let browser: Browser;

const policy = (apiOrigin: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' ${apiOrigin}`,
    `connect-src ${apiOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    // The bundle's only policy; no 'allow-duplicates', even for the pages that load it twice.
    'trusted-types nzc-widgets',
  ].join('; ');

const page = (apiBase: string, scripts: string[]) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A partner's page</title>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    <main>
      <h1>Our partnership with NetZeroCities</h1>
      <nzc-partner-card api="${apiBase}" slug="civitas" variant="detailed"></nzc-partner-card>
      <nzc-partner-list api="${apiBase}" theme="mobility"></nzc-partner-list>
      <nzc-theme-filter api="${apiBase}"></nzc-theme-filter>
      <nzc-partner-explorer api="${apiBase}"></nzc-partner-explorer>
    </main>
  </body>
</html>`;

before(async () => {
  // The bundle as the build wrote it, and a second copy of it that says it is another version,
  // to load beside the first.
  const { code: other } = builtFile('nzc-widgets.js');
  api = await startServer({ port: 0 });
  const apiBase = `${api.origin}/v1`;
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', policy(api.origin));
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/', (c) => c.html(page(apiBase, ['/cdn/nzc-widgets.js'])));
  app.get('/twice', (c) => c.html(page(apiBase, ['/cdn/nzc-widgets.js', '/cdn/nzc-widgets.js', '/copy/nzc-widgets.js'])));
  app.get('/versions', (c) => c.html(page(apiBase, ['/cdn/nzc-widgets.js', '/old/nzc-widgets.js'])));
  app.get('/copy/nzc-widgets.js', (c) => c.body(other, 200, { 'Content-Type': 'text/javascript' }));
  app.get('/old/nzc-widgets.js', (c) => c.body(other.replaceAll(JSON.stringify(packageJson.version), '"0.0.9"'), 200, { 'Content-Type': 'text/javascript' }));
  app.use('/cdn/*', serveStatic({ root: relative(process.cwd(), cdnDir), rewriteRequestPath: (path) => path.slice('/cdn'.length) }));
  site = await startServer({ app, port: 0 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

/**
 * True once every element shows its data, text read through the shadow roots. It runs in the
 * page through the DevTools protocol (not eval, which the page's policy forbids) and uses no
 * named inner functions, which the test's compiler would wrap in a helper the page lacks.
 */
const rendered = () => {
  const [card, list, filter, explorer] = ['nzc-partner-card', 'nzc-partner-list', 'nzc-theme-filter', 'nzc-partner-explorer'].map((selector) => {
    const parts: string[] = [];
    const stack: Node[] = [document.querySelector(selector)!];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType === 3) parts.push(node.textContent ?? '');
      for (const child of node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes) stack.push(child);
    }
    return parts.join(' ');
  });
  return card!.includes('CIVITAS Initiative') && list!.includes('Climate City Capital Hub') && /Mobility/.test(filter!) && /partners?/.test(explorer!);
};

/** What a tab saw: policy violations, uncaught exceptions, console errors and warnings, hosts contacted. */
type Observed = { violations: string[]; thrown: string[]; errors: string[]; warnings: string[]; hosts: Set<string> };

async function open(path: string): Promise<{ tab: Page; observed: Observed }> {
  const tab = await browser.context.newPage();
  const observed: Observed = { violations: [], thrown: [], errors: [], warnings: [], hosts: new Set() };
  // Runs before the page's own scripts and outside its policy.
  await tab.addInitScript(`
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample);
    });`);
  tab.on('pageerror', (error) => observed.thrown.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') observed.errors.push(message.text());
    if (message.type() === 'warning') observed.warnings.push(message.text());
  });
  tab.on('request', (request) => observed.hosts.add(new URL(request.url()).origin));
  await tab.goto(`${site.origin}${path}`);
  // Every element has rendered its data. (Page-side code is a string: functions compiled for
  // Node carry helpers that do not exist in the page.)
  await tab.waitForFunction(rendered, undefined, { timeout: 15_000 });
  observed.violations.push(...((await tab.evaluate('window.__violations')) as string[]));
  return { tab, observed };
}

describe('the CDN bundle under a strict CSP with Trusted Types', () => {
  test('every element renders with zero policy violations and no error', async () => {
    const { tab, observed } = await open('/');
    assert.deepEqual(observed.violations, []);
    assert.deepEqual(observed.thrown, []);
    assert.deepEqual(observed.errors, []);
    // The policy is really enforced: a raw HTML sink throws, so zero violations means something.
    const enforced = await tab.evaluate(`(() => {
      try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } catch { return true; }
    })()`);
    assert.equal(enforced, true, 'Trusted Types are enforced on the page');
    await tab.close();
  });

  test('the minified bundle keeps the spaces between inline texts', async () => {
    const { tab } = await open('/');
    // textContent joins the nodes as they are: a space lost by the minifier would show here.
    const name = await tab.evaluate("document.querySelector('nzc-partner-card').shadowRoot.querySelector('[part~=name]').textContent.trim()");
    assert.equal(name, 'CIVITAS Initiative (CIVITAS)');
    const partnership = await tab.evaluate("document.querySelector('nzc-partner-card').shadowRoot.querySelector('[part~=partnership]').textContent.replace(/\\s+/g, ' ').trim()");
    assert.match(String(partnership), /^Memorandum of Understanding · signed October 2024$/);
    await tab.close();
  });

  test('the bundle reports the version in its package.json', async () => {
    const { tab } = await open('/');
    assert.equal(await tab.evaluate("import('/cdn/nzc-widgets.js').then((bundle) => bundle.VERSION)"), packageJson.version);
    await tab.close();
  });

  test('requests go only to the page’s own origin and the configured API', async () => {
    const { tab, observed } = await open('/');
    assert.deepEqual([...observed.hosts].sort(), [api.origin, site.origin].sort());
    assert.deepEqual(await tab.context().cookies(), []);
    const stored = await tab.evaluate('localStorage.length + sessionStorage.length');
    assert.equal(stored, 0);
    await tab.close();
  });

  test('loading the bundle twice, from two URLs, does not throw', async () => {
    const { tab, observed } = await open('/twice');
    assert.deepEqual(observed.thrown, []);
    // The second copy's policy is refused (the page allows no duplicates), and that is all.
    assert.equal(observed.violations.length, 1);
    assert.match(observed.violations[0]!, /^trusted-types /);
    await tab.close();
  });

  test('two versions on one page: the first definition wins and the clash is reported once per element', async () => {
    const { tab, observed } = await open('/versions');
    assert.deepEqual(observed.thrown, []);
    const clashes = observed.warnings.filter((text) => text.includes(`is already defined by @nzc/widgets ${packageJson.version}; version 0.0.9`));
    assert.ok(clashes.length >= 4, `one warning per element, got: ${clashes.join(' | ')}`);
    assert.equal(new Set(clashes).size, clashes.length, 'no warning repeats');
    await tab.close();
  });
});
