/**
 * Size budget: the SDK with all its dependencies (ky, zod/mini, the schema package), as one
 * minified ESM bundle for ES2022, at most 22,000 bytes after gzip -9.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budget = 22_000;

test(`the minified, gzipped bundle of the SDK and its dependencies is at most ${budget} bytes`, async (t) => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const [output] = result.outputFiles;
  assert.ok(output && result.outputFiles.length === 1, 'one file');
  const gzipped = gzipSync(output.contents, { level: 9 }).length;
  t.diagnostic(`SDK bundle: ${output.contents.length} bytes minified, ${gzipped} bytes gzip -9 (budget ${budget}, ${budget - gzipped} to spare)`);

  // It is the whole SDK: its dependencies are inside, not left as imports.
  const inputs = Object.keys(result.metafile.inputs).join('\n');
  for (const dependency of ['ky/distribution/core/Ky.js', 'zod/v4/core/schemas.js', 'packages/schema/src/city.ts', 'packages/sdk/src/client.ts']) {
    assert.ok(inputs.includes(dependency), `${dependency} is bundled`);
  }
  assert.doesNotMatch(new TextDecoder().decode(output.contents), /\bfrom\s*["'](?:ky|zod|@nzc)/, 'no import is left unbundled');

  assert.ok(gzipped <= budget, `${gzipped} bytes is over the budget of ${budget} by ${gzipped - budget}`);
});
