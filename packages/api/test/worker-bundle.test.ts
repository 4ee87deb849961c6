/**
 * The Worker as `wrangler deploy` would upload it: one self-contained module, within Workers'
 * size limit, built from the entry wrangler.json names. (Its behaviour is the whole API suite,
 * which the test command also runs against workerd: API_RUNTIME=workerd.)
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { embeddedDataset } from '../src/dataset/load.js';
import { FREE_PLAN_LIMIT_GZIP_BYTES, bundleWorker, readWranglerConfig } from '../scripts/worker-bundle.js';

const packageRoot = join(import.meta.dirname, '..');

test('wrangler.json names an entry that exists, a name and a compatibility date', async () => {
  const config = await readWranglerConfig();
  assert.ok(existsSync(join(packageRoot, config.main)), `main: ${config.main}`);
  assert.match(config.name, /^[a-z0-9-]+$/);
  assert.match(config.compatibility_date, /^\d{4}-\d{2}-\d{2}$/);
});

test('the Worker bundles into one module with nothing left to import, within the Free plan size limit', async (t) => {
  const bundle = await bundleWorker();
  assert.deepEqual(bundle.imports, [], 'no import left unresolved or external');
  assert.doesNotMatch(bundle.code, /\bfrom\s*["']node:/, 'no Node built-in');
  // The dataset travels inside the bundle: every partner's and city's slug is in it.
  for (const { slug } of [...embeddedDataset.partners, ...embeddedDataset.cities]) assert.ok(bundle.code.includes(`"${slug}"`), slug);
  assert.ok(bundle.gzipBytes < FREE_PLAN_LIMIT_GZIP_BYTES, `${bundle.gzipBytes} B gzip`);
  t.diagnostic(`worker bundle: ${(bundle.bytes / 1024).toFixed(1)} KiB, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip (limit ${FREE_PLAN_LIMIT_GZIP_BYTES / 1024} KiB gzip)`);
});
