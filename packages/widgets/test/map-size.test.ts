/**
 * What the city map costs a page, read from the CDN bundle as the build wrote it to dist/cdn/:
 * the map's own file, fetched when a `<nzc-city-map>` appears, plus the few lines in
 * nzc-widgets.js that load it (found through the bundle's source map). The geometry is not part
 * of it: it sits beside the bundle and is fetched only when a map is on the page (its own budget
 * is tested in scripts/geometry/basemap-asset.test.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { builtFile, cdnDir, type BuiltFile } from './helpers/built-cdn.js';

/** Bytes gzip -9 that the map may add to what a page with a map loads. */
const BUDGET = 12_000;

const main = builtFile('nzc-widgets.js');
const map = builtFile('nzc-city-map.js');
const assetPath = fileURLToPath(new URL('../assets/europe.json', import.meta.url));

/** The file's code without the bytes its source map attributes to the given modules. */
function withoutModules(file: BuiltFile, modules: RegExp): string {
  const wanted = new Set(file.modules.flatMap((module, index) => (modules.test(module) ? [index] : [])));
  const lines = file.code.split('\n');
  return decode(file.map.mappings)
    .map((segments, row) => {
      const line = lines[row] ?? '';
      let kept = '';
      let from = 0;
      segments.forEach((segment, index) => {
        if (segment.length === 1 || !wanted.has(segment[1]!)) return;
        kept += line.slice(from, segment[0]);
        from = segments[index + 1]?.[0] ?? line.length;
      });
      return kept + line.slice(from);
    })
    .concat(lines.slice(file.map.mappings.split(';').length))
    .join('\n');
}

test(`the city map adds at most ${BUDGET} B gzip to what a page with a map loads`, () => {
  // The bundle's share is what its loader (internal/autoload.ts, called from cdn.ts) adds to it.
  const loader = main.gzip - gzipSync(withoutModules(main, /src\/(internal\/autoload|cdn)\.ts$/), { level: 9 }).length;
  console.log(
    `nzc-widgets.js: ${main.gzip} B gzip, of which the map's loader ${loader} B; ` +
      `nzc-city-map.js: ${map.gzip} B gzip; together ${loader + map.gzip} B (budget ${BUDGET}, ${BUDGET - loader - map.gzip} to spare)`,
  );
  assert.ok(loader > 0, 'the source map attributes the loader’s bytes in the bundle');
  assert.ok(map.code.includes('"nzc-city-map"'), 'the map file defines the map');
  assert.ok(main.dynamicImports.includes('nzc-city-map.js'), 'the bundle loads the map on demand');
  assert.ok(loader + map.gzip <= BUDGET, `${loader + map.gzip} B gzip is over the budget of ${BUDGET} B`);
});

test('the geometry is not in the bundle: it is copied beside it, byte for byte, and fetched from there', () => {
  const asset = readFileSync(assetPath, 'utf8');
  const geometry = JSON.parse(asset) as { borders: string; countries: { d: string }[] };
  for (const sample of [geometry.borders.slice(0, 200), geometry.countries[0]!.d.slice(0, 200), 'Natural Earth via world-atlas']) {
    assert.ok(!main.code.includes(sample) && !map.code.includes(sample), `no code file holds geometry (${sample.slice(0, 30)}…)`);
  }
  assert.equal(readFileSync(join(cdnDir, 'europe.json'), 'utf8'), asset);
  // The URL is resolved against the bundle's own: same directory, same origin.
  assert.match(map.code, /new URL\("europe\.json",import\.meta\.url\)/);
  assert.doesNotMatch(main.code, /europe\.json/, 'only the map’s file refers to the geometry');
});

test('the map brings in no projection library: d3-geo stays out of the bundle', () => {
  // The map projects its points with a few lines of its own (checked against d3-geo in its tests).
  assert.deepEqual([...main.modules, ...map.modules].filter((id) => /[\\/]d3-(geo|array)[\\/]/.test(id)), []);
  assert.ok(map.modules.some((id) => id.endsWith('city-map/city-map.ts')), 'the map is in its own file');
  assert.ok(!main.modules.some((id) => id.endsWith('city-map/city-map.ts')), 'and not in the bundle');
  assert.deepEqual(main.imports, [], 'nothing imported statically');
});
