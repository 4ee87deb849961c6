import { expect } from 'chai';
import { basemapAsset } from '../internal/test/basemap-asset.js';
import { readBasemap, type EuropeBasemap } from './basemap.js';
import { baseView, type View } from './view.js';

let asset: EuropeBasemap;

before(async () => {
  asset = await basemapAsset();
});

const base: View = { x: 0, y: 0, w: 1000, h: 980 };

describe('city-map basemap: readBasemap', () => {
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
