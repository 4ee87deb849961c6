/**
 * The basemap asset (packages/widgets/assets/europe.json) and the projection it records:
 * budget, reproducibility, small countries, every Mission city on its own country, and the
 * projection round trip.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { geoDistance } from 'd3-geo';
import { buildGeometry, cityAnchor, loadCities } from '../build-geometry.js';
import { basemapPaths, createProjection, projectPoint, type EuropeBasemap } from './projection.js';

const BUDGET = 20_000; // bytes, gzip -9
const json = readFileSync(new URL('../../packages/widgets/assets/europe.json', import.meta.url), 'utf8');
const asset = JSON.parse(json) as EuropeBasemap;
const cities = loadCities();
const [, , width, height] = asset.viewBox;

type Point = [number, number];

/** Reads the path data the build writes: `M x y`, relative `l` steps, `z`; nothing else. */
function parsePath(d: string): { rings: Point[][]; closed: boolean[] } {
  assert.equal(d.replace(/[Mlz]|-?\d+(?:\.\d+)?|\s/g, ''), '', 'only M, l, z and numbers');
  const tokens = d.match(/[Mlz]|-?\d+(?:\.\d+)?/g) ?? [];
  const rings: Point[][] = [];
  const closed: boolean[] = [];
  let ring: Point[] = [];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token === 'M' || token === 'l' || token === 'z') {
      command = token;
      i++;
      if (token === 'z') closed[closed.length - 1] = true;
      continue;
    }
    const x = Number(token), y = Number(tokens[i + 1]);
    assert.ok(Number.isFinite(y), `a coordinate pair in ${d.slice(0, 40)}…`);
    i += 2;
    if (command === 'M') {
      ring = [[x, y]];
      rings.push(ring);
      closed.push(false);
      command = 'l'; // further pairs after M would be absolute; the build never writes them
    } else {
      const [px, py] = ring[ring.length - 1]!;
      ring.push([px + x, py + y]);
    }
  }
  return { rings, closed };
}

function bbox(rings: Point[][]): [number, number, number, number] {
  const xs = rings.flat().map((p) => p[0]), ys = rings.flat().map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function area(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return sum / 2;
}

/** Even-odd over every ring of a country: exteriors and holes never overlap. */
function contains(rings: Point[][], [x, y]: Point): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function distanceToOutline(rings: Point[][], [x, y]: Point): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [ax, ay] = ring[j]!, [bx, by] = ring[i]!;
      const dx = bx - ax, dy = by - ay;
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
  }
  return best;
}

const countryRings = new Map(asset.countries.map((c) => [c.alpha2, parsePath(c.d).rings]));

describe('basemap asset', () => {
  test(`is at most ${BUDGET} B gzip -9`, (t) => {
    const gzip = gzipSync(json, { level: 9 }).length;
    t.diagnostic(`europe.json: ${Buffer.byteLength(json)} B raw, ${gzip} B gzip -9 (budget ${BUDGET})`);
    assert.ok(gzip <= BUDGET, `${gzip} B gzip`);
  });

  test('is reproducible: rebuilding gives the committed bytes', () => {
    assert.equal(buildGeometry().json, json, 'run node --import tsx scripts/build-geometry.ts');
  });

  test('carries the attribution and the projection', () => {
    assert.equal(asset.attribution, 'Natural Earth via world-atlas');
    assert.match(asset.source, /world-atlas@2\.0\.2 countries-50m\.json/);
    assert.equal(asset.projection.type, 'azimuthalEqualArea');
    assert.deepEqual(asset.viewBox.slice(0, 2), [0, 0]);
    const [[x0, y0], [x1, y1]] = asset.projection.clipExtent;
    assert.ok(x0 <= 0 && y0 <= 0 && x1 >= width && y1 >= height, 'the clip extent covers the viewBox');
  });

  test('countries: ISO ids and alpha-2 codes, unique, null only together', () => {
    const ids = asset.countries.flatMap((c) => (c.id == null ? [] : [c.id]));
    const codes = asset.countries.flatMap((c) => (c.alpha2 == null ? [] : [c.alpha2]));
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of asset.countries) {
      assert.ok(c.name.length > 0);
      assert.equal(c.id == null, c.alpha2 == null, c.name);
      if (c.id != null) assert.match(c.id, /^\d{3}$/);
      if (c.alpha2 != null) assert.match(c.alpha2, /^[A-Z]{2}$/);
    }
    assert.deepEqual(asset.countries.filter((c) => c.id == null).map((c) => c.name).sort(), ['Kosovo', 'N. Cyprus']);
  });

  test('every path is closed rings of integer coordinates inside the clip extent', () => {
    const [[x0, y0], [x1, y1]] = asset.projection.clipExtent;
    for (const c of asset.countries) {
      const { rings, closed } = parsePath(c.d);
      assert.ok(rings.length > 0, c.name);
      assert.ok(closed.every(Boolean), `${c.name}: closed rings`);
      for (const [x, y] of rings.flat()) {
        assert.ok(Number.isInteger(x) && Number.isInteger(y), `${c.name}: integer coordinates`);
        assert.ok(x >= x0 && x <= x1 && y >= y0 && y <= y1, `${c.name}: ${x},${y} inside the clip extent`);
      }
    }
    const borders = parsePath(asset.borders);
    assert.ok(borders.rings.length > 50, 'borders');
    assert.ok(borders.closed.every((c) => !c), 'borders are open lines');
  });

  test('every country with a Mission city is drawn', () => {
    const missing = [...new Set(cities.map((c) => c.country))].filter((code) => !countryRings.has(code));
    assert.deepEqual(missing, []);
  });

  for (const [code, name] of [['MT', 'Malta'], ['CY', 'Cyprus'], ['LU', 'Luxembourg']] as const) {
    test(`${name} is present and visible`, (t) => {
      const rings = countryRings.get(code);
      assert.ok(rings, `${name} has a path`);
      const points = rings.flat().length;
      const [x0, y0, x1, y1] = bbox(rings);
      const total = rings.reduce((sum, r) => sum + Math.abs(area(r)), 0);
      t.diagnostic(`${name}: ${rings.length} ring(s), ${points} points, ${x1 - x0}×${y1 - y0} units, ${total} square units`);
      assert.ok(points >= 6, `${points} points`);
      assert.ok(x1 - x0 >= 2 && y1 - y0 >= 2, `bounding box ${x1 - x0}×${y1 - y0}`);
      assert.ok(total >= 4, `area ${total}`);
      assert.ok(x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height, 'inside the viewBox');
    });
  }

  test('Crimea is drawn as part of Ukraine, as on EU maps', () => {
    const projection = createProjection(asset);
    for (const [lon, lat] of [[34.1, 44.95], [33.52, 44.6]] as Point[]) {
      const point = projectPoint(projection, lon, lat)!;
      assert.ok(contains(countryRings.get('UA')!, point), `${lon},${lat} in Ukraine`);
      assert.ok(!contains(countryRings.get('RU')!, point), `${lon},${lat} not in Russia`);
    }
  });

  test('every Mission city lands inside the viewBox on (or within 2 units of) its own country', (t) => {
    const projection = createProjection(asset);
    const tolerance = 2; // viewBox units, about 9 km: coastal cities on a simplified coast
    let inside = 0;
    let worst = { slug: '', distance: 0 };
    for (const city of cities) {
      const anchor = cityAnchor(city);
      const point = projectPoint(projection, anchor.lon, anchor.lat);
      assert.ok(point, city.slug);
      assert.ok(point[0] > 0 && point[0] < width && point[1] > 0 && point[1] < height, `${city.slug} inside the viewBox`);
      const rings = countryRings.get(city.country);
      assert.ok(rings, `${city.slug}: ${city.country} is drawn`);
      if (contains(rings, point)) {
        inside++;
        continue;
      }
      const distance = distanceToOutline(rings, point);
      if (distance > worst.distance) worst = { slug: city.slug, distance };
      assert.ok(distance <= tolerance, `${city.slug} is ${distance.toFixed(1)} units from ${city.country}`);
    }
    t.diagnostic(`${inside} of ${cities.length} cities inside their country; farthest outside: ${worst.slug} at ${worst.distance.toFixed(2)} units`);
    assert.equal(cities.length, 112);
  });
});

describe('basemap projection module', () => {
  test('createProjection rebuilds the stored parameters', () => {
    const projection = createProjection(asset);
    const p = asset.projection;
    assert.deepEqual(projection.rotate(), p.rotate);
    assert.equal(projection.scale(), p.scale);
    assert.deepEqual(projection.translate(), p.translate);
    assert.deepEqual(projection.clipExtent(), p.clipExtent);
    assert.throws(() => createProjection({ projection: { ...p, type: 'mercator' as 'azimuthalEqualArea' } }), /unsupported/);
  });

  test('projectPoint round trip: project a city, invert it, same place within a metre', () => {
    const projection = createProjection(asset);
    for (const city of cities) {
      const { lon, lat } = cityAnchor(city);
      const point = projectPoint(projection, lon, lat)!;
      const back = projection.invert!(point)!;
      const metres = geoDistance([lon, lat], back) * 6_371_008.8;
      assert.ok(metres < 1, `${city.slug}: ${metres} m`);
    }
    // Reykjavík, Eilat and Lisbon sit near the edges they define.
    const reykjavik = projectPoint(projection, -21.89541, 64.13548)!;
    const eilat = projectPoint(projection, 34.94821, 29.55805)!;
    assert.ok(reykjavik[0] < 100 && reykjavik[1] < 120, `Reykjavík at ${reykjavik.join(',')}`);
    assert.ok(eilat[0] > width - 100 && eilat[1] > height - 100, `Eilat at ${eilat.join(',')}`);
  });

  test('basemapPaths returns a path per country and the borders', (t) => {
    const { countries, borders } = basemapPaths(asset);
    assert.equal(countries.length, asset.countries.length);
    assert.deepEqual(Object.keys(countries[0]!).sort(), ['alpha2', 'd', 'id', 'name']);
    assert.ok(countries.every((c) => c.d.startsWith('M')));
    assert.equal(borders, asset.borders);

    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      basemapPaths(JSON.parse(json) as EuropeBasemap);
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    t.diagnostic(`JSON.parse + basemapPaths: median ${((runs[9]! + runs[10]!) / 2).toFixed(3)} ms of 20 runs`);
  });
});
