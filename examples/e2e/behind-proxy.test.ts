/**
 * The explorer served as real deployments serve it: behind a TLS-terminating reverse proxy that
 * rewrites `Host` (nginx's default), so the API sees `http://127.0.0.1:<its port>` while the page
 * is at `https://127.0.0.1:<the proxy's port>`. The map needs several pages of cities, so it
 * draws all 112 only when every `next` link is followed through the proxy.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, type Browser } from '../../scripts/lib/browser.js';
import { startTlsProxy, type TlsProxy } from '../../scripts/lib/tls-proxy.js';
import { openPage, startSite, type E2eWindow, type Site } from './helpers.js';

let site: Site;
let proxy: TlsProxy;
let proxied: Site;
let browser: Promise<Browser> | undefined;

before(async () => {
  site = await startSite();
  proxy = await startTlsProxy(site.origin, { rewriteHost: true });
  proxied = {
    ...site,
    origin: proxy.origin,
    api: `${proxy.origin}/v1`,
    browser: () => (browser ??= launchChromium({ ignoreHTTPSErrors: true })),
  };
});

after(async () => {
  if (browser) await (await browser).close();
  await proxy?.close();
  await site?.close();
});

test('the API behind the proxy writes next links for its own origin, which the SDK does not follow there', async () => {
  const page = (await (await proxy.fetch(`${proxy.origin}/v1/cities?limit=10`)).json()) as { next: string };
  // Without configuration the API cannot know the public origin: this is what the SDK must cope with.
  assert.ok(page.next.startsWith(`${site.origin}/v1/cities?`), page.next);
});

test('the explorer at an https URL draws all 112 cities on its map, with no failed request', async () => {
  const opened = await openPage(proxied, '/examples/explorer/');
  try {
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(request.url()));
    await opened.page.waitForFunction(
      () => (window as unknown as E2eWindow).__nzcE2e.deepCount('nzc-city-map', '[part~="marker"]') === 112,
      undefined,
      { timeout: 15_000 },
    );
    assert.equal(
      await opened.page.evaluate(() =>
        (window as unknown as E2eWindow).__nzcE2e.deepCount('nzc-city-map', '[part~="list-item"]'),
      ),
      112,
    );
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(`${proxy.origin}/`)),
      [],
      'every request goes through the proxy',
    );
    opened.assertClean();
  } finally {
    await opened.close();
  }
});
