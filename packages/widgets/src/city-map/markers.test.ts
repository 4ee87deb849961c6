import { expect } from 'chai';
import type { City } from '@nzc/schema';
import { API, startApi } from '../internal/test/fixtures.js';
import { defaultBasemapUrl } from './basemap-url.js';
import { createProjection, type EuropeBasemap } from './geometry.js';
import {
  MAX_ZOOM,
  baseView,
  clampView,
  fitView,
  panBy,
  percentOf,
  prepareCities,
  projector,
  readBasemap,
  revealPoint,
  sizeOf,
  viewBoxOf,
  zoomAt,
  zoomOf,
  type View,
} from './markers.js';

let asset: EuropeBasemap;
let cities: City[];

before(async () => {
  await startApi();
  // The test runner serves the .json asset as a JavaScript module.
  asset = ((await import(defaultBasemapUrl())) as { default: EuropeBasemap }).default;
  cities = [];
  for (let url: string | null = `${API}/cities?limit=100`; url; ) {
    const page = (await (await fetch(url)).json()) as { data: City[]; next: string | null };
    cities.push(...page.data);
    url = page.next;
  }
});

const base: View = { x: 0, y: 0, w: 1000, h: 980 };
const close = (a: View, b: View, epsilon = 1e-9) => (['x', 'y', 'w', 'h'] as const).every((key) => Math.abs(a[key] - b[key]) < epsilon);

describe('city-map markers module', () => {
  describe('projector', () => {
    it('computes what d3-geo’s projection of the basemap computes, to a millionth of a unit, for every city and far beyond', () => {
      const mine = projector(asset.projection);
      const d3 = createProjection(asset);
      const points: [number, number][] = cities.flatMap((city) => city.points.map((point) => [point.lon, point.lat] as [number, number]));
      for (let lon = -180; lon <= 180; lon += 15) for (let lat = -75; lat <= 90; lat += 15) points.push([lon, lat]);
      expect(cities).to.have.length(112);
      expect(points.length).to.be.greaterThan(300);
      for (const [lon, lat] of points) {
        const a = mine(lon, lat)!;
        const b = d3([lon, lat])!;
        expect(Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]), `${lon},${lat}`).to.be.below(1e-6);
      }
    });

    it('gives null at the antipode of the centre rather than a point', () => {
      const mine = projector(asset.projection);
      const [lambda, phi] = asset.projection.rotate;
      expect(mine(-lambda + 180 - 360, phi)).to.equal(null);
    });

    it('refuses a projection it does not know', () => {
      expect(() => projector({ ...asset.projection, type: 'mercator' as 'azimuthalEqualArea' })).to.throw(/unsupported/);
    });
  });

  describe('prepareCities', () => {
    const project = (lon: number, lat: number): [number, number] => [lon * 10, lat * 10];
    const bounds: View = { x: -1800, y: -900, w: 3600, h: 1800 };
    const point = (lat: unknown, lon: unknown, extra: object = {}) => ({ name: 'P', lat, lon, geonamesId: null, role: 'main', illustrative: false, note: null, ...extra });
    const city = (slug: string, extra: object = {}) => ({
      slug,
      name: slug.toUpperCase(),
      country: 'DE',
      countryName: 'Germany',
      participantType: 'city',
      points: [point(48, 11)],
      partners: [],
      sources: ['https://example.org/'],
      missionLabel: { awarded: true, round: 2, date: { value: '2024', precision: 'year' } },
      ...extra,
    });

    it('keeps every readable city once; draws only the points that are numbers in range and on the map', () => {
      const input = [
        city('a'),
        city('b', { points: [] }),
        city('c', { points: [point(95, 11)] }),
        city('d', { points: [point('48', 11), point(48, Number.NaN), point(48, 200), null] }),
        city('e', { points: [point(-89, 11)] }), // projects off the bounds
        city('a', { name: 'Second A' }),
        null,
        'f',
        { slug: 'g' },
        { name: 'H' },
        city(' '),
      ];
      const { cities: prepared, duplicates, unreadable } = prepareCities(input, project, { x: -1800, y: -850, w: 3600, h: 1700 });
      expect(prepared.map((entry) => entry.slug)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(prepared.map((entry) => entry.points.length)).to.deep.equal([1, 0, 0, 0, 0]);
      expect(prepared.map((entry) => entry.undrawable)).to.deep.equal([0, 0, 1, 4, 1]);
      expect(prepared[0]!.name).to.equal('A');
      expect(duplicates).to.deep.equal(['a']);
      expect(unreadable).to.equal(5);
    });

    it('reads nothing from something that is not a list', () => {
      for (const input of [undefined, null, 'cities', { length: 2 }, 42]) {
        expect(prepareCities(input, project, bounds)).to.deep.equal({ cities: [], duplicates: [], unreadable: 0 });
      }
    });

    it('puts the main point first and marks a participant drawn only at a stand-in as approximate', () => {
      const { cities: prepared } = prepareCities(
        [
          city('pair', { points: [point(51.48, 5.66, { role: 'additional', name: 'Second' }), point(51.44, 5.48, { name: 'First' })] }),
          city('island', { points: [point(36, 14, { role: 'stand-in', illustrative: true, name: 'Town' })] }),
        ],
        project,
        bounds,
      );
      const pair = prepared.find((entry) => entry.slug === 'pair')!;
      expect(pair.points.map((entry) => entry.name)).to.deep.equal(['First', 'Second']);
      expect(pair.approximate).to.equal(false);
      const island = prepared.find((entry) => entry.slug === 'island')!;
      expect(island.approximate).to.equal(true);
      expect(island.points[0]!.illustrative).to.equal(true);
    });

    it('groups by country, in the order of the countries’ names, keeping the given order within a country', () => {
      const { cities: prepared } = prepareCities(
        [
          city('z', { name: 'Zagreb', countryName: 'Croatia' }),
          city('u', { name: 'Umeå', countryName: 'Sweden' }),
          city('a', { name: 'Aarhus', countryName: 'Denmark' }),
          city('m', { name: 'Malmö', countryName: 'Sweden' }),
          city('i', { name: 'Istanbul', countryName: 'Türkiye' }),
        ],
        project,
        bounds,
      );
      expect(prepared.map((entry) => entry.name)).to.deep.equal(['Zagreb', 'Aarhus', 'Umeå', 'Malmö', 'Istanbul']);
    });

    it('reads the Mission Label loosely: awarded with a round, not awarded with a date, anything else unknown', () => {
      const labels = prepareCities(
        [
          city('a'),
          city('b', { missionLabel: { awarded: false, asOf: '2026-02-16' } }),
          city('c', { missionLabel: { awarded: true, round: 'two' } }),
          city('d', { missionLabel: null }),
        ],
        project,
        bounds,
      ).cities.map((entry) => entry.label);
      expect(labels).to.deep.equal([{ awarded: true, round: 2, date: { value: '2024', precision: 'year' } }, { awarded: false, asOf: '2026-02-16' }, null, null]);
    });

    it('sizes dots by partners: none, one or two, three or more', () => {
      expect([0, 1, 2, 3, 40].map(sizeOf)).to.deep.equal(['s', 'm', 'm', 'l', 'l']);
    });
  });

  describe('zoom and pan', () => {
    it('zooms about a point that stays where it was on screen', () => {
      const view = zoomAt(base, base, 2, 300, 400);
      expect(zoomOf(view, base)).to.equal(2);
      // The point's place in the view, as a fraction, is the same before and after.
      expect((300 - view.x) / view.w).to.be.closeTo(300 / 1000, 1e-12);
      expect((400 - view.y) / view.h).to.be.closeTo(400 / 980, 1e-12);
    });

    it('never zooms out past the whole map nor in past the maximum, and keeps the aspect ratio', () => {
      expect(zoomAt(base, base, 0.5)).to.deep.equal(base);
      const deep = zoomAt(base, base, 1000);
      expect(zoomOf(deep, base)).to.be.closeTo(MAX_ZOOM, 1e-9);
      expect(deep.h / deep.w).to.be.closeTo(0.98, 1e-12);
    });

    it('pans within the map only', () => {
      const view = zoomAt(base, base, 4);
      expect(close(panBy(view, base, -5000, -5000), { x: 0, y: 0, w: 250, h: 245 })).to.equal(true);
      expect(close(panBy(view, base, 5000, 5000), { x: 750, y: 735, w: 250, h: 245 })).to.equal(true);
      expect(close(panBy(view, base, 10, -10), { ...view, x: view.x + 10, y: view.y - 10 })).to.equal(true);
      expect(close(clampView({ x: -50, y: 2000, w: 100, h: 5 }, base), { x: 0, y: 882, w: 100, h: 98 })).to.equal(true);
    });

    it('fits a set of points with a margin, and the whole map when there are none', () => {
      const view = fitView([{ x: 400, y: 300 }, { x: 500, y: 350 }], base, 20);
      expect(view.x).to.be.at.most(380);
      expect(view.x + view.w).to.be.at.least(520);
      expect(view.y).to.be.at.most(280);
      expect(view.y + view.h).to.be.at.least(370);
      expect(fitView([], base)).to.deep.equal(base);
      expect(zoomOf(fitView([{ x: 500, y: 500 }], base), base)).to.be.closeTo(MAX_ZOOM, 1e-9);
    });

    it('reveals a point out of view by moving as little as needed', () => {
      const view = zoomAt(base, base, 4, 500, 490);
      expect(revealPoint(view, base, 500, 490, 10)).to.equal(view);
      const moved = revealPoint(view, base, 900, 490, 10);
      expect(moved.x + moved.w).to.be.closeTo(910, 1e-9);
      expect(moved.y).to.equal(view.y);
    });

    it('writes positions as percentages of the view and the viewBox attribute', () => {
      expect(percentOf(base, 250, 490)).to.deep.equal(['25.000%', '50.000%']);
      expect(percentOf({ x: 100, y: 100, w: 200, h: 196 }, 50, 100)).to.deep.equal(['-25.000%', '0.000%']);
      expect(viewBoxOf({ x: 1 / 3, y: 0, w: 500, h: 490 })).to.equal('0.333 0 500 490');
    });
  });

  describe('readBasemap', () => {
    it('accepts the asset and refuses what the map could not draw', () => {
      expect(readBasemap(asset)).to.not.equal(null);
      expect(baseView(readBasemap(asset)!)).to.deep.equal(base);
      for (const broken of [null, [], 'x', { ...asset, viewBox: [0, 0, 0, 980] }, { ...asset, projection: { ...asset.projection, scale: -1 } }, { ...asset, borders: 5 }, { ...asset, countries: {} }]) {
        expect(readBasemap(broken)).to.equal(null);
      }
      const filtered = readBasemap({ ...asset, countries: [...asset.countries, null, { d: 5 }] })!;
      expect(filtered.countries).to.have.length(asset.countries.length);
    });
  });
});
