/**
 * The Worker with the widgets' CDN files as static assets (what `pnpm --filter @nzc/api run edge`
 * serves after `pnpm run build`): workerd answers the files itself, with the headers that let
 * pages on other origins load them, and everything else still reaches the API.
 * Needs the build (packages/widgets/dist/cdn/), as the widgets' size tests do.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cdnBuild, stageStaticAssets } from '../scripts/static-assets.js';
import { type RunningWorker, startWorkerdServer } from '../scripts/workerd-server.js';

let dir: string;
let worker: RunningWorker;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nzc-worker-assets-'));
  assert.ok(await stageStaticAssets(dir), `${cdnBuild} is missing: run \`pnpm run build\` first`);
  worker = await startWorkerdServer({ port: 0, assetsDirectory: dir });
});
after(async () => {
  await worker?.close();
  await rm(dir, { recursive: true, force: true });
});

test('the CDN bundle and the files beside it are served as they were built, readable from any origin', async () => {
  for (const name of ['nzc-widgets.js', 'nzc-city-map.js', 'europe.json']) {
    const response = await fetch(`${worker.origin}/cdn/${name}`, { headers: { Origin: 'https://partner.example.test' } });
    assert.equal(response.status, 200, name);
    assert.match(response.headers.get('content-type') ?? '', name.endsWith('.js') ? /^text\/javascript/ : /^application\/json/, name);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', name);
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin', name);
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(cdnBuild, name))), `${name}: the built bytes`);
  }
});

test('requests that match no file reach the API', async () => {
  const themes = await fetch(`${worker.origin}/v1/themes`);
  assert.equal(themes.status, 200);
  assert.ok(((await themes.json()) as { data: unknown[] }).data.length > 0);
  const missing = await fetch(`${worker.origin}/cdn/no-such-file.js`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-type'), 'application/problem+json');
  await missing.arrayBuffer();
});
