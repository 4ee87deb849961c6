/**
 * Behind a reverse proxy that terminates TLS, Node sees plain HTTP on loopback; with
 * `publicOrigin` (PUBLIC_ORIGIN) the links the API writes name the origin clients use, so the
 * SDK, which follows `next` only under its base URL, can page through.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from '../src/node.js';

const PUBLIC = 'https://api.example.test';
let server: RunningServer;
before(async () => {
  server = await startServer({ port: 0, publicOrigin: PUBLIC });
});
after(() => server.close());

test('next links and GeoJSON feature URLs name the public origin, not the one Node sees', async () => {
  const page = (await (await fetch(`${server.origin}/v1/cities?limit=2&country=DE`)).json()) as { next: string };
  assert.equal(page.next.slice(0, PUBLIC.length + 4), `${PUBLIC}/v1/`);
  const geojson = (await (await fetch(`${server.origin}/v1/cities.geojson?country=NL`)).json()) as { features: { properties: { url: string } }[] };
  assert.ok(geojson.features.length > 0);
  for (const feature of geojson.features) assert.ok(feature.properties.url.startsWith(`${PUBLIC}/v1/cities/`), feature.properties.url);
});

test('the request itself is unchanged: method, conditional headers and 304', async () => {
  const first = await fetch(`${server.origin}/v1/themes`);
  const etag = first.headers.get('etag')!;
  const again = await fetch(`${server.origin}/v1/themes`, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  const head = await fetch(`${server.origin}/v1/themes`, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
  const post = await fetch(`${server.origin}/v1/themes`, { method: 'POST', body: '{}' });
  assert.equal(post.status, 405);
});
