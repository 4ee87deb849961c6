/**
 * What the city map costs the one-file CDN bundle: the bundle is built exactly as the build does
 * it (the `cdn` configuration of rollup.config.mjs, with all its plugins), once from its real
 * entry and once from the same entry without the map, and the difference is the map's share.
 * The geometry is not part of it: it sits beside the bundle and is fetched only when a map is on
 * the page (its own budget is tested in geometry.test.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputAsset, type OutputChunk, type OutputOptions, type Plugin, type RollupOptions } from 'rollup';
// @ts-expect-error: the build configuration is plain JavaScript.
import { cdn as cdnConfig } from '../../../rollup.config.mjs';

/** Bytes gzip -9 that the map may add to nzc-widgets.js. */
const BUDGET = 12_000;

const cdn = cdnConfig as RollupOptions & { output: OutputOptions; plugins: Plugin[] };
const src = fileURLToPath(new URL('../src/', import.meta.url));
const assetPath = fileURLToPath(new URL('../assets/europe.json', import.meta.url));
const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');

/**
 * The bundle's entry (src/cdn.ts re-exports src/index.ts) without the line that brings in the
 * map, as plain JavaScript (type-only exports dropped) importing the same modules.
 */
const withoutMap = index
  .split('\n')
  .filter((line) => !line.includes('./city-map/') && !/^export type /.test(line))
  .join('\n')
  .replace(/,\s*type \w+/g, '')
  .replace(/from '\.\/([^']+)\.js'/g, (_, path: string) => `from ${JSON.stringify(`${src}${path}.ts`)}`);

const virtualEntry = (code: string): Plugin => ({
  name: 'virtual-entry',
  resolveId: (id) => (id === '\0entry-without-map' ? id : null),
  load: (id) => (id === '\0entry-without-map' ? code : null),
});

type Built = { main: OutputChunk; assets: OutputAsset[]; gzip: number };

async function build(options: RollupOptions): Promise<Built> {
  const bundle = await rollup({ ...options, onLog: () => undefined });
  const { output } = await bundle.generate(cdn.output);
  await bundle.close();
  const main = output.find((item): item is OutputChunk => item.type === 'chunk' && item.fileName === 'nzc-widgets.js');
  assert.ok(main, 'nzc-widgets.js is built');
  return { main, assets: output.filter((item): item is OutputAsset => item.type === 'asset'), gzip: gzipSync(Buffer.from(main.code), { level: 9 }).length };
}

const [withMap, withoutIt] = await Promise.all([
  build(cdn),
  build({ ...cdn, input: { 'nzc-widgets': '\0entry-without-map' }, plugins: [virtualEntry(withoutMap), ...cdn.plugins] }),
]);

test(`the city map adds at most ${BUDGET} B gzip to nzc-widgets.js`, () => {
  const added = withMap.gzip - withoutIt.gzip;
  console.log(
    `nzc-widgets.js: ${withMap.gzip} B gzip with the map, ${withoutIt.gzip} B without it; the map adds ${added} B gzip ` +
      `(${Buffer.byteLength(withMap.main.code) - Buffer.byteLength(withoutIt.main.code)} B minified; budget ${BUDGET}, ${BUDGET - added} to spare)`,
  );
  assert.ok(withMap.main.code.includes('"nzc-city-map"'), 'the full bundle defines the map');
  assert.ok(!withoutIt.main.code.includes('"nzc-city-map"'), 'the comparison bundle does not');
  assert.ok(added > 0, 'the map costs something');
  assert.ok(added <= BUDGET, `${added} B gzip is over the budget of ${BUDGET} B`);
});

test('the geometry is not in the bundle: it is copied beside it, byte for byte, and fetched from there', () => {
  const asset = readFileSync(assetPath, 'utf8');
  const geometry = JSON.parse(asset) as { borders: string; countries: { d: string }[] };
  for (const sample of [geometry.borders.slice(0, 200), geometry.countries[0]!.d.slice(0, 200), 'Natural Earth via world-atlas']) {
    assert.ok(!withMap.main.code.includes(sample), `the bundle holds no geometry (${sample.slice(0, 30)}…)`);
  }
  const copy = withMap.assets.find((item) => item.fileName === 'europe.json');
  assert.ok(copy, 'europe.json is written beside the bundle');
  assert.equal(Buffer.from(copy.source).toString('utf8'), asset);
  // The URL is resolved against the bundle's own: same directory, same origin.
  assert.match(withMap.main.code, /new URL\("europe\.json",import\.meta\.url\)/);
  assert.ok(!withoutIt.assets.some((item) => item.fileName === 'europe.json'), 'without the map, no geometry is copied');
});

test('the map brings in no projection library: d3-geo stays out of the bundle', () => {
  // The map projects its points with a few lines of its own (checked against d3-geo in its tests).
  assert.deepEqual(withMap.main.moduleIds.filter((id) => /[\\/]d3-(geo|array)[\\/]/.test(id)), []);
  assert.ok(withMap.main.moduleIds.some((id) => id.endsWith('city-map.ts')), 'the map is in the bundle');
  assert.equal(withMap.main.imports.length, 0, 'nothing imported statically');
});
