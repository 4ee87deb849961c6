/**
 * Benchmark section "map": how long `<nzc-city-map>` takes to draw Europe and the 112 Mission
 * cities in Chromium, against Leaflet 1.9.4 drawing the same basemap and 112 circle markers, with
 * no tiles. It reports figures and never fails on them.
 *
 * - Ours: the element, bundled with esbuild, given `.cities` directly (no API request); the
 *   basemap is the prepared asset (assets/europe.json, SVG path data), fetched from the page's
 *   server as the element does it.
 * - Leaflet: the same Natural Earth geometry, unprojected from the asset back to lon/lat (each
 *   country one polygon of all its rings, drawn even-odd; the land borders as lines), served as
 *   GeoJSON from the same server, drawn with L.geoJSON in Leaflet's SVG renderer, plus 112
 *   L.circleMarker at the cities' main points.
 *
 * Time is measured in the page from the creation of the element (or the Leaflet map's container)
 * to every marker in the DOM, followed by a forced layout: the goal compares these. Ours also
 * renders the list of the cities (the map's text alternative, collapsed), in a task of its own
 * after the markers: the time to that as well is reported apart. Cold: the first draw in a fresh
 * tab (the geometry fetched over loopback, uncached, and parsed); warm: later draws in the same
 * tab (the geometry already in memory). Each side gets its own fresh tabs, alternating; medians.
 *
 * Settings (environment): BENCH_MAP_TABS (fresh tabs per side, 7), BENCH_MAP_WARM (warm draws per
 * tab, 5). Results also go to .test-results/bench-map.json.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.js';
import { createProjection, type EuropeBasemap } from '../geometry/projection.js';
import { repoRoot } from './lib/child.js';
import { formatBytes, formatMs, formatRatio, machine, warn } from './lib/load.js';
import { writeReport } from './lib/report.js';

/** Ours over Leaflet; at most this is the goal. Reported, never enforced. */
const GOAL = 0.5;
const tabs = Math.max(1, Number(process.env.BENCH_MAP_TABS ?? 7) | 0);
const warmDraws = Math.max(1, Number(process.env.BENCH_MAP_WARM ?? 5) | 0);

type Point = [number, number];
type CityRecord = { slug: string; points: { lat: number; lon: number; role: string }[] };

const assetJson = readFileSync(join(repoRoot, 'packages/widgets/assets/europe.json'), 'utf8');
const asset = JSON.parse(assetJson) as EuropeBasemap;
const citiesJson = readFileSync(join(repoRoot, 'packages/api/data/cities.json'), 'utf8');
const cities = JSON.parse(citiesJson) as CityRecord[];
const drawable = cities.filter((city) => city.points.length > 0).length;

/** The rings of the asset's path data (`M x y`, relative `l` steps, `z`) in viewBox units. */
function rings(d: string): Point[][] {
  const out: Point[][] = [];
  const tokens = d.match(/[Mlz]|-?\d+(?:\.\d+)?/g) ?? [];
  let ring: Point[] = [];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token === 'M' || token === 'l' || token === 'z') {
      command = token;
      i++;
      continue;
    }
    const x = Number(token), y = Number(tokens[i + 1]);
    i += 2;
    if (command === 'M') {
      ring = [[x, y]];
      out.push(ring);
      command = 'l';
    } else {
      const [px, py] = ring[ring.length - 1]!;
      ring.push([px + x, py + y]);
    }
  }
  return out;
}

/** The asset's geometry back in lon/lat, as GeoJSON for Leaflet: the very same shapes. */
function unprojectedGeoJson(): string {
  const projection = createProjection(asset);
  const lonLat = ([x, y]: Point): Point => {
    const [lon, lat] = projection.invert!([x, y])!;
    return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
  };
  const closed = (ring: Point[]) => [...ring.map(lonLat), lonLat(ring[0]!)];
  const countries = {
    type: 'FeatureCollection',
    features: asset.countries.map((country) => ({
      type: 'Feature',
      properties: { name: country.name },
      geometry: { type: 'Polygon', coordinates: rings(country.d).map(closed) },
    })),
  };
  const borders = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: rings(asset.borders).map((ring) => ring.map(lonLat)) } };
  const [x0, y0, width, height] = asset.viewBox;
  const corners = [lonLat([x0, y0]), lonLat([x0 + width, y0]), lonLat([x0, y0 + height]), lonLat([x0 + width, y0 + height])];
  return JSON.stringify({ countries, borders, corners });
}

/** Harness shared by both pages: a fresh stage, a timed draw, a forced layout. */
const harness = (draw: string) => `
const stage = document.getElementById('stage');
const cities = await (await fetch('/cities.json')).json();
${draw}
window.bench = {
  async run() {
    stage.replaceChildren();
    const start = performance.now();
    let drawnAt;
    const counts = await draw(stage, cities, () => {
      stage.getBoundingClientRect();
      drawnAt = performance.now();
    });
    stage.getBoundingClientRect();
    const end = performance.now();
    return { ms: (drawnAt ?? end) - start, complete: end - start, ...counts };
  },
};
window.benchReady = true;
`;

const oursEntry = `
import ${JSON.stringify(join(repoRoot, 'packages/widgets/src/city-map/define.ts'))};
${harness(`
const expected = cities.filter((city) => city.points.length > 0).length;
async function draw(stage, cities, drawn) {
  const map = document.createElement('nzc-city-map');
  map.setAttribute('basemap', '/europe.json');
  map.cities = cities;
  stage.append(map);
  const root = map.shadowRoot;
  const count = () => ({ markers: root.querySelectorAll('svg.map [part~="marker"]').length, paths: root.querySelectorAll('svg.basemap path').length });
  // Checked on every change, so as cheaply as can be: the group of the markers and its children.
  const markersDrawn = () => root.querySelector('g.markers')?.childElementCount === expected;
  const when = (done) =>
    new Promise((resolve) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, { childList: true, subtree: true });
    });
  await when(markersDrawn);
  drawn();
  const counts = count();
  // The list of the cities follows the map, in a task of its own: timed too, reported apart.
  await when(() => root.querySelector('[part~="list"] ul')?.childElementCount === cities.length);
  return counts;
}
`)}`;

const leafletEntry = `
import * as L from 'leaflet';
${harness(`
let geometry;
async function draw(stage, cities) {
  const box = document.createElement('div');
  box.className = 'box';
  stage.append(box);
  geometry ??= await (await fetch('/europe.geo.json')).json();
  const map = L.map(box, { attributionControl: false, zoomSnap: 0, fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
  map.fitBounds(L.latLngBounds(geometry.corners.map(([lon, lat]) => [lat, lon])));
  L.geoJSON(geometry.countries, { style: { color: '#ffffff', weight: 0.6, fillColor: '#dfe5ea', fillOpacity: 1 }, interactive: false }).addTo(map);
  L.geoJSON(geometry.borders, { style: { color: '#ffffff', weight: 1, fill: false }, interactive: false }).addTo(map);
  for (const city of cities) {
    const point = city.points.find((p) => p.role === 'main') ?? city.points[0];
    if (point) L.circleMarker([point.lat, point.lon], { radius: 5, color: '#ffffff', weight: 1.5, fillColor: '#0b5d41', fillOpacity: 1 }).addTo(map);
  }
  map.getContainer().getBoundingClientRect();
  return { markers: box.querySelectorAll('path.leaflet-interactive').length, paths: box.querySelectorAll('path').length };
}
`)}`;

const page = (title: string, script: string, extraHead = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    ${extraHead}
    <link rel="stylesheet" href="/page.css" />
    <script type="module" src="${script}"></script>
  </head>
  <body><div id="stage"></div></body>
</html>`;

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['production'],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** `ms`: to the markers in the DOM and laid out; `complete`: to everything, ours' list of the cities included. */
type Draw = { ms: number; complete: number; markers: number; paths: number };
type Side = 'ours' | 'leaflet';

const host = machine();
console.log(`map — <nzc-city-map> against Leaflet 1.9.4: basemap + ${drawable} markers, no tiles, in Chromium`);
console.log(`  Node ${host.node} on ${host.platform}, ${host.cpus} CPUs (${host.cpuModel}); ${tabs} fresh tabs per side, ${warmDraws} warm draws per tab; medians`);

const [oursJs, leafletJs] = await Promise.all([bundle(oursEntry), bundle(leafletEntry)]);
const geoJson = unprojectedGeoJson();
const leafletCss = readFileSync(join(repoRoot, 'node_modules/leaflet/dist/leaflet.css'), 'utf8');
const files = new Map<string, { type: string; body: string }>([
  ['/ours.html', { type: 'text/html', body: page('nzc-city-map', '/ours.js') }],
  ['/leaflet.html', { type: 'text/html', body: page('Leaflet', '/leaflet.js', '<link rel="stylesheet" href="/leaflet.css" />') }],
  ['/page.css', { type: 'text/css', body: 'body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 800px; } .box { width: 800px; height: 784px; }' }],
  ['/ours.js', { type: 'text/javascript', body: oursJs }],
  ['/leaflet.js', { type: 'text/javascript', body: leafletJs }],
  ['/leaflet.css', { type: 'text/css', body: leafletCss }],
  ['/europe.json', { type: 'application/json', body: assetJson }],
  ['/europe.geo.json', { type: 'application/json', body: geoJson }],
  ['/cities.json', { type: 'application/json', body: citiesJson }],
]);
console.log(
  `  code: ours ${formatBytes(gzip(oursJs))} gzip (the element alone, with Lit, the SDK and its strings); Leaflet ${formatBytes(gzip(leafletJs))} gzip + ${formatBytes(gzip(leafletCss))} CSS`,
);
console.log(`  geometry: ours ${formatBytes(gzip(assetJson))} gzip (projected SVG path data); Leaflet ${formatBytes(gzip(geoJson))} gzip (the same shapes as lon/lat GeoJSON)`);

const server: Server = createServer((request, response) => {
  const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  // Nothing cached between tabs: every cold draw fetches its geometry.
  response.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(file.body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const warnings: string[] = [];
const note = (message: string) => {
  warnings.push(message);
  warn(message);
};

const browser = await launchChromium({ viewport: { width: 1000, height: 900 } });
const fresh = () => ({ cold: [] as Draw[], warm: [] as number[], warmComplete: [] as number[] });
let results: Record<Side, ReturnType<typeof fresh>> = { ours: fresh(), leaflet: fresh() };
try {
  const strangers = new Set<string>();
  async function tab(side: Side) {
    const tabPage: Page = await browser.context.newPage();
    tabPage.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`)) strangers.add(request.url());
    });
    tabPage.on('pageerror', (error) => note(`${side}: page error ${error.message}`));
    try {
      await tabPage.goto(`${origin}/${side}.html`);
      await tabPage.waitForFunction(() => (window as { benchReady?: boolean }).benchReady === true);
      const run = () => tabPage.evaluate(() => (window as unknown as { bench: { run(): Promise<Draw> } }).bench.run());
      const cold = await run();
      if (cold.markers !== drawable) note(`${side}: ${cold.markers} markers drawn, expected ${drawable}`);
      results[side].cold.push(cold);
      const warm: Draw[] = [];
      for (let i = 0; i < warmDraws; i++) warm.push(await run());
      results[side].warm.push(median(warm.map((draw) => draw.ms)));
      results[side].warmComplete.push(median(warm.map((draw) => draw.complete)));
    } finally {
      await tabPage.close();
    }
  }
  // One throwaway tab each, so that neither side pays for the browser's own first start.
  await tab('ours');
  await tab('leaflet');
  results = { ours: fresh(), leaflet: fresh() };
  for (let round = 0; round < tabs; round++) {
    for (const side of round % 2 ? (['leaflet', 'ours'] as const) : (['ours', 'leaflet'] as const)) await tab(side);
  }
  if (strangers.size > 0) note(`requests outside the local server: ${[...strangers].join(', ')}`);

  const summary = (side: Side) => ({
    cold: median(results[side].cold.map((draw) => draw.ms)),
    warm: median(results[side].warm),
    coldComplete: median(results[side].cold.map((draw) => draw.complete)),
    warmComplete: median(results[side].warmComplete),
    paths: results[side].cold[0]?.paths ?? 0,
    markers: results[side].cold[0]?.markers ?? 0,
  });
  const ours = summary('ours');
  const leaflet = summary('leaflet');
  const ratio = {
    cold: ours.cold / leaflet.cold,
    warm: ours.warm / leaflet.warm,
    coldComplete: ours.coldComplete / leaflet.cold,
    warmComplete: ours.warmComplete / leaflet.warm,
  };
  const verdict = (value: number) => `${formatRatio(value)}× (goal ≤ ${GOAL}×: ${value <= GOAL ? 'goal met' : 'goal missed'})`;
  console.log(`  drawn: ours ${ours.markers} markers + ${ours.paths} basemap paths; Leaflet ${leaflet.markers} circle markers + ${leaflet.paths - leaflet.markers} basemap paths`);
  console.log(`                                   cold (fresh tab)   warm (same tab)`);
  console.log(`    nzc-city-map, to the markers    ${formatMs(ours.cold).padStart(16)}  ${formatMs(ours.warm).padStart(16)}`);
  console.log(`    nzc-city-map, with its list     ${formatMs(ours.coldComplete).padStart(16)}  ${formatMs(ours.warmComplete).padStart(16)}`);
  console.log(`    Leaflet                         ${formatMs(leaflet.cold).padStart(16)}  ${formatMs(leaflet.warm).padStart(16)}`);
  console.log(`    ours/Leaflet, to the markers: cold ${verdict(ratio.cold)}, warm ${verdict(ratio.warm)}`);
  console.log(`    ours/Leaflet, with the list:  cold ${formatRatio(ratio.coldComplete)}×, warm ${formatRatio(ratio.warmComplete)}×`);
  console.log(
    `    per tab, cold: ours ${results.ours.cold.map((draw) => draw.ms.toFixed(1)).join(', ')} ms; Leaflet ${results.leaflet.cold.map((draw) => draw.ms.toFixed(1)).join(', ')} ms`,
  );

  await writeReport('map', host, {
    settings: { tabs, warmDraws },
    sizes: { oursJsGzip: gzip(oursJs), leafletJsGzip: gzip(leafletJs), leafletCssGzip: gzip(leafletCss), assetGzip: gzip(assetJson), geoJsonGzip: gzip(geoJson) },
    ours,
    leaflet,
    ratio: { ...ratio, goal: GOAL },
    runs: results,
    warnings,
  });
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}
