import { expect } from 'chai';
import type { City } from '@nzc/schema';
import type { EuropeBasemap } from './basemap.js';
import { basemapAsset, d3Projection } from '../internal/test/basemap-asset.js';
import { API, startApi } from '../internal/test/fixtures.js';
import { projector } from './projection.js';

let asset: EuropeBasemap;
let cities: City[];

before(async () => {
  await startApi();
  asset = await basemapAsset();
  cities = [];
  for (let url: string | null = `${API}/cities?limit=100`; url; ) {
    const page = (await (await fetch(url)).json()) as { data: City[]; next: string | null };
    cities.push(...page.data);
    url = page.next;
  }
});

describe('city-map projection', () => {
  it('computes what d3-geo’s projection of the basemap computes, to a millionth of a unit, for every city and far beyond', () => {
    const mine = projector(asset.projection);
    const d3 = d3Projection(asset);
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
