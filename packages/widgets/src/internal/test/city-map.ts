// The city map's tests share these: the real API and basemap, what the map shows, and how to
// read it. Each map test file calls useMapTestApi() once.
import { expect } from 'chai';
import { geoDistance } from 'd3-geo';
import { http, HttpResponse } from 'msw';
import type { City } from '@nzc/schema';
import { defaultBasemapUrl } from '../../city-map/basemap-url.js';
import type { EuropeBasemap } from '../../city-map/basemap.js';
import type { NzcCityMap } from '../../city-map/city-map.js';
import { basemapAsset, d3Projection } from './basemap-asset.js';
import { knownFailureIn } from './engines.js';
import { API, cleanup, clearApiCache, fixture, shadow, startApi, until, useHandlers } from './fixtures.js';

const EARTH_KM = 6371.0088;
export const basemapUrl = defaultBasemapUrl();
export let asset: EuropeBasemap;
export let everyCity: City[];

/** Every page of the API's own answer to a cities query, fetched directly. */
export async function apiCities(query = ''): Promise<City[]> {
  const cities: City[] = [];
  let url: string | null = `${API}/cities?limit=100${query ? `&${query}` : ''}`;
  while (url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const page = (await response.json()) as { data: City[]; next: string | null };
    cities.push(...page.data);
    url = page.next;
  }
  return cities;
}

/** Requests for the default basemap made by the page since this file started, as the service worker saw them. */
export let basemapRequests = 0;

/**
 * The hooks of a map test file: the real API and the real basemap, served at the asset's own URL
 * and counted; each test starts with an empty client cache and ends with its elements removed.
 */
export function useMapTestApi(): void {
  before(async () => {
    const worker = await startApi();
    // The test runner serves every .json file as a JavaScript module (its esbuild json loader), so
    // the asset is read here as one, and the service worker serves its bytes at the asset's own URL
    // as any web server would. The map's fetch is the real one, to the real URL.
    asset = await basemapAsset();
    worker.events.on('request:start', ({ request }) => {
      if (request.url === basemapUrl) basemapRequests++;
    });
    everyCity = await apiCities();
  });
  beforeEach(() => {
    clearApiCache();
    useHandlers(http.get(basemapUrl, () => HttpResponse.json(asset)));
  });
  afterEach(cleanup);
}

export const markers = (map: Element) => [...shadow(map).querySelectorAll<SVGGElement>('svg.map [part~="marker"]')];
export const marker = (map: Element, slug: string) => {
  const found = markers(map).find((element) => element.dataset.slug === slug);
  if (!found) throw new Error(`no marker for ${slug}`);
  return found;
};
export const items = (map: Element) => [...shadow(map).querySelectorAll<HTMLLIElement>('[part~="list-item"]')];
export const itemButton = (map: Element, slug: string) => {
  const found = items(map).find((item) => item.dataset.slug === slug)?.querySelector('button');
  if (!found) throw new Error(`no list entry for ${slug}`);
  return found;
};
export const nameOf = (element: Element) => element.getAttribute('aria-label') ?? element.textContent!.trim();
export const statusText = (map: Element) => shadow(map).querySelector('.status')?.textContent?.trim() ?? '';
export const details = (map: Element) => shadow(map).querySelector<HTMLElement>('[part~="details"]');
export const basemapSvg = (map: Element) => shadow(map).querySelector<SVGSVGElement>('svg.basemap');
export const viewBox = (map: Element) => basemapSvg(map)!.viewBox.baseVal;
export const button = (map: Element, label: string) => {
  const found = [...shadow(map).querySelectorAll('button')].find((element) => element.textContent!.replace(/\s+/g, ' ').includes(label));
  if (!found) throw new Error(`no button ${label}`);
  return found;
};
export const click = (element: Element) => element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
export const highlightedSlugs = (map: Element) => markers(map).filter((element) => element.classList.contains('highlighted')).map((element) => element.dataset.slug).sort();
export const allMarked = (map: Element) => markers(map).every((element) => element.classList.contains('highlighted') || element.classList.contains('dimmed'));

/** Mounts a map and waits until it has settled: cities listed, and drawn when the basemap came. */
export async function loaded(markup: string): Promise<NzcCityMap> {
  const map = await fixture<NzcCityMap>(markup);
  await until(() => items(map).length > 0 || shadow(map).querySelector('[role="alert"]') !== null, 'the cities or an error', 8000);
  await until(() => !statusText(map).startsWith('Loading'), 'the map to settle', 8000);
  return map;
}
export const apiMap = (attributes = '') => loaded(`<nzc-city-map api="${API}" ${attributes}></nzc-city-map>`);

/** Where a marker's dot is on screen, taken back through the basemap's own coordinate system and projection to lon/lat. */
export function lonLatOnScreen(map: Element, element: SVGGElement): [number, number] {
  const dot = element.querySelector('circle.dot:not(.extra)')!.getBoundingClientRect();
  const toViewBox = basemapSvg(map)!.getScreenCTM()!.inverse();
  const point = new DOMPoint(dot.x + dot.width / 2, dot.y + dot.height / 2).matrixTransform(toViewBox);
  return d3Projection(asset).invert!([point.x, point.y])!;
}
export const kmBetween = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_KM;
export const drawnPoint = (city: City) => city.points.find((point) => point.role === 'main') ?? city.points[0]!;

/** A hit target's size in CSS pixels. */
export const hitSize = (element: SVGGElement) => {
  const rect = element.querySelector('circle.hit')!.getBoundingClientRect();
  return [rect.width, rect.height];
};

export function expectFocusRing(element: Element) {
  const style = getComputedStyle(element);
  expect(style.outlineStyle, `outline of the focused ${element.localName}`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

// Known failures outside Chromium, reported as skipped with their symptom until the map is fixed.
export const itButMarkersMisplacedInFirefox = knownFailureIn('firefox', "markers are drawn about 600 km from their city (getScreenCTM of the basemap, or the markers' placement, differs)");
export const itButCityListEmptyOutsideChromium = knownFailureIn(['firefox', 'webkit'], 'the city list is empty when the map settles (the error or basemap arrives before the cities)');
