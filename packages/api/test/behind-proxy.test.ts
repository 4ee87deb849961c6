/**
 * Behind a TLS-terminating reverse proxy (a real one: HTTPS to the proxy, HTTP to the Node
 * server), the links the API writes (`next`, GeoJSON city links) name the URL the client used,
 * so a generic client that follows them reaches every page through the proxy.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { City, ListEnvelope } from '@nzc/schema';
import { startTlsProxy, type ProxyOptions, type TlsProxy } from '../../../scripts/lib/tls-proxy.js';
import { createApp, type ApiOptions } from '../src/app.js';
import { startServer, type RunningServer } from '../src/node.js';
import { cities } from './helpers/data.js';

/** The API with `api` options on a Node server, and the proxy in front of it. */
function behindProxy(api: (proxy: { origin: string }) => ApiOptions, proxyOptions: ProxyOptions) {
  let server: RunningServer;
  let proxy: TlsProxy;
  // The public origin is known only once the proxy listens; the app reads it lazily.
  const lazy = { origin: '' };
  before(async () => {
    let app: ReturnType<typeof createApp> | undefined;
    const fetch = (request: Request) => {
      app ??= createApp(api(lazy));
      return app.fetch(request);
    };
    server = await startServer({ port: 0, app: { fetch } as ReturnType<typeof createApp> });
    proxy = await startTlsProxy(server.origin, proxyOptions);
    lazy.origin = proxy.origin;
  });
  after(async () => {
    await proxy?.close();
    await server?.close();
  });
  const base = () => `${proxy.origin}${proxyOptions.prefix ?? ''}/v1`;
  /** Follows `next` from `path` with the proxy's fetch, refusing any link that leaves the proxy's base URL. */
  const followAll = async (path: string) => {
    const slugs: string[] = [];
    let next: string | null = `${base()}/${path}`;
    for (let pages = 0; next; pages += 1) {
      assert.ok(next.startsWith(`${base()}/`), `next leaves the public base URL ${base()}: ${next}`);
      assert.ok(pages < 50, 'next never ends');
      const response: Response = await proxy.fetch(next);
      assert.equal(response.status, 200, `GET ${next}`);
      const page = (await response.json()) as ListEnvelope<City>;
      slugs.push(...page.data.map((city) => city.slug));
      next = page.next;
    }
    return slugs;
  };
  return { base, followAll, proxy: () => proxy };
}

describe('with a configured public URL, behind a proxy that rewrites Host and adds a path prefix', () => {
  const setup = behindProxy((proxy) => ({ publicUrl: `${proxy.origin}/data/v1` }), { prefix: '/data' });

  test('next links lead through the proxy to all 112 cities', async () => {
    const slugs = await setup.followAll('cities?limit=10');
    assert.equal(slugs.length, cities.length);
    assert.equal(new Set(slugs).size, 112);
  });

  test('GeoJSON city links name the public URL', async () => {
    const response = await setup.proxy().fetch(`${setup.base()}/cities.geojson?country=DE`);
    const collection = (await response.json()) as { features: { properties: { url?: string }; id?: string }[] };
    const links = JSON.stringify(collection).match(/https?:\/\/[^"]+\/cities\/[a-z0-9-]+/g) ?? [];
    assert.ok(links.length > 0, 'the collection links its cities');
    for (const link of links) assert.ok(link.startsWith(`${setup.base()}/cities/`), link);
  });
});

describe('trusting the proxy’s forwarding headers, behind a proxy that rewrites Host', () => {
  const setup = behindProxy(() => ({ trustProxy: true }), { forwardedHeaders: true });

  test('next links are https on the proxy’s host and lead to all 112 cities', async () => {
    const slugs = await setup.followAll('cities?limit=25&sort=-population');
    assert.equal(slugs.length, cities.length);
  });
});

describe('forwarding headers from a server that does not trust them', () => {
  const setup = behindProxy(() => ({}), { rewriteHost: false, forwardedHeaders: true });

  test('are ignored: a client cannot make the API write links to another host', async () => {
    const response = await setup
      .proxy()
      .fetch(`${setup.base()}/cities?limit=5`, { headers: { 'X-Forwarded-Host': 'evil.example' } });
    const page = (await response.json()) as ListEnvelope<City>;
    assert.ok(page.next);
    assert.doesNotMatch(page.next, /evil\.example/);
  });
});

describe('trusted forwarding headers that are not a host', () => {
  test('are ignored rather than written into links', async () => {
    const app = createApp({ trustProxy: true });
    const response = await app.fetch(
      new Request('http://127.0.0.1/v1/cities?limit=5', {
        headers: { 'X-Forwarded-Host': 'a/b@evil.example', 'X-Forwarded-Proto': 'javascript' },
      }),
    );
    const page = (await response.json()) as ListEnvelope<City>;
    assert.equal(new URL(page.next!).origin, 'http://127.0.0.1');
  });

  test('Forwarded (RFC 7239) wins over X-Forwarded-*', async () => {
    const app = createApp({ trustProxy: true });
    const headers = {
      Forwarded: 'for=192.0.2.1;proto=https;host="data.example.org", for=10.0.0.1',
      'X-Forwarded-Host': 'other.example',
    };
    const page = (await (
      await app.fetch(new Request('http://127.0.0.1/v1/cities?limit=5', { headers }))
    ).json()) as ListEnvelope<City>;
    assert.equal(new URL(page.next!).origin, 'https://data.example.org');
  });
});
