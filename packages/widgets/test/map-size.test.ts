/**
 * What the city map costs the one-file CDN bundle: the bundle is built exactly as the build does
 * it (the `cdn` configuration of rollup.config.mjs, with all its plugins), once from its real
 * entry and once from the same entry without the map, and the difference is the map's share.
 * The geometry is not part of it: it sits beside the bundle and is fetched only when a map is on
 * the page (its own budget is tested in scripts/geometry/basemap-asset.test.ts).
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
const entry = readFileSync(new URL('../src/cdn.ts', import.meta.url), 'utf8');

/**
 * The bundle's entry (src/cdn.ts) without the lines that load the map, as plain JavaScript (type-only exports dropped) importing the same modules.
 */
const withoutMap = entry
  .split('\n')
  .filter((line) => !line.includes('city-map') && !line.includes('loadWhenUsed') && !/^export type /.test(line))
  .join('\n')
  .replace(/,\s*type \w+/g, '')
  .replace(/from '\.\/([^']+)\.js'/g, (_, path: string) => `from ${JSON.stringify(`${src}${path}.ts`)}`);

const virtualEntry = (code: string): Plugin => ({
  name: 'virtual-entry',
  resolveId: (id) => (id === '\0entry-without-map' ? id : null),
  load: (id) => (id === '\0entry-without-map' ? code : null),
});

type Built = { main: OutputChunk; map: OutputChunk | undefined; assets: OutputAsset[]; gzip: number };

async function build(options: RollupOptions): Promise<Built> {
  const bundle = await rollup({ ...options, onLog: () => undefined });
  const { output } = await bundle.generate(cdn.output);
  await bundle.close();
  const main = output.find((item): item is OutputChunk => item.type === 'chunk' && item.fileName === 'nzc-widgets.js');
  assert.ok(main, 'nzc-widgets.js is built');
  const map = output.find((item): item is OutputChunk => item.type === 'chunk' && item.fileName === 'nzc-city-map.js');
  return { main, map, assets: output.filter((item): item is OutputAsset => item.type === 'asset'), gzip: gzipSync(Buffer.from(main.code), { level: 9 }).length };
}

const [withMap, withoutIt] = await Promise.all([
  build(cdn),
  build({ ...cdn, input: { 'nzc-widgets': '\0entry-without-map' }, plugins: [virtualEntry(withoutMap), ...cdn.plugins] }),
]);

test(`the city map adds at most ${BUDGET} B gzip to what a page with a map loads`, () => {
  // The map's code is a file of its own beside the bundle, fetched when a <nzc-city-map>
  // appears; the bundle itself carries only the few lines that load it.
  assert.ok(withMap.map, 'nzc-city-map.js is built beside the bundle');
  const loader = withMap.gzip - withoutIt.gzip;
  const chunk = gzipSync(Buffer.from(withMap.map.code), { level: 9 }).length;
  console.log(
    `nzc-widgets.js: ${withMap.gzip} B gzip with the map's loader, ${withoutIt.gzip} B without it (+${loader} B); ` +
      `nzc-city-map.js: ${chunk} B gzip; together ${loader + chunk} B (budget ${BUDGET}, ${BUDGET - loader - chunk} to spare)`,
  );
  assert.ok(withMap.map.code.includes('"nzc-city-map"'), 'the map file defines the map');
  assert.ok(!withoutIt.main.code.includes('"nzc-city-map"'), 'the comparison bundle knows nothing of the map');
  assert.ok(withMap.main.dynamicImports.includes('nzc-city-map.js'), 'the bundle loads the map on demand');
  assert.ok(loader + chunk <= BUDGET, `${loader + chunk} B gzip is over the budget of ${BUDGET} B`);
});

test('the geometry is not in the bundle: it is copied beside it, byte for byte, and fetched from there', () => {
  const asset = readFileSync(assetPath, 'utf8');
  const geometry = JSON.parse(asset) as { borders: string; countries: { d: string }[] };
  for (const sample of [geometry.borders.slice(0, 200), geometry.countries[0]!.d.slice(0, 200), 'Natural Earth via world-atlas']) {
    assert.ok(!withMap.main.code.includes(sample) && !withMap.map!.code.includes(sample), `no code file holds geometry (${sample.slice(0, 30)}…)`);
  }
  const copy = withMap.assets.find((item) => item.fileName === 'europe.json');
  assert.ok(copy, 'europe.json is written beside the bundle');
  assert.equal(Buffer.from(copy.source).toString('utf8'), asset);
  // The URL is resolved against the bundle's own: same directory, same origin.
  assert.match(withMap.map!.code, /new URL\("europe\.json",import\.meta\.url\)/);
  assert.ok(!withoutIt.assets.some((item) => item.fileName === 'europe.json'), 'without the map, no geometry is copied');
});

test('the map brings in no projection library: d3-geo stays out of the bundle', () => {
  // The map projects its points with a few lines of its own (checked against d3-geo in its tests).
  const modules = [...withMap.main.moduleIds, ...withMap.map!.moduleIds];
  assert.deepEqual(modules.filter((id) => /[\\/]d3-(geo|array)[\\/]/.test(id)), []);
  assert.ok(withMap.map!.moduleIds.some((id) => id.endsWith('city-map.ts')), 'the map is in its own file');
  assert.ok(!withMap.main.moduleIds.some((id) => id.endsWith('city-map.ts')), 'and not in the bundle');
  assert.equal(withMap.main.imports.length, 0, 'nothing imported statically');
});
