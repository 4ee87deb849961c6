import { expect } from 'chai';
import { basemapAsset } from '../internal/test/basemap-asset.js';
import { allowedBasemapUrl, originOf, readBasemap, type EuropeBasemap } from './basemap.js';
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

describe('city-map basemap: where it may come from', () => {
  const page = 'https://city.example/maps/page.html';
  const allowed = ['https://city.example', 'https://cdn.example', null];

  it('resolves a path against the page and accepts the allowed origins', () => {
    expect(allowedBasemapUrl('../geo/europe.json', page, allowed)).to.equal('https://city.example/geo/europe.json');
    expect(allowedBasemapUrl('https://cdn.example/v1/europe.json', page, allowed)).to.equal('https://cdn.example/v1/europe.json');
  });

  it('refuses another origin, another scheme, and what is not a URL', () => {
    for (const given of ['https://elsewhere.example/europe.json', 'http://city.example/europe.json', '//elsewhere.example/europe.json', 'data:application/json,{}', 'javascript:alert(1)', 'https://[bad']) {
      expect(allowedBasemapUrl(given, page, allowed), given).to.equal(null);
    }
  });

  it('takes origins from URLs and paths, and none from nothing or nonsense', () => {
    expect(originOf('https://api.example/v1', page)).to.equal('https://api.example');
    expect(originOf('/v1', page)).to.equal('https://city.example');
    expect(originOf(undefined, page)).to.equal(null);
    expect(originOf('https://[bad', page)).to.equal(null);
  });
});
