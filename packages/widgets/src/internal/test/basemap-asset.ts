// The city map's basemap as the tests see it: the real asset, and d3-geo's projection of it, which
// the map's own projection must match.
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import { defaultBasemapUrl } from '../../city-map/basemap-url.js';
import type { EuropeBasemap } from '../../city-map/basemap.js';

/** The asset the map fetches by default; the test runner serves the .json file as a JavaScript module. */
export async function basemapAsset(): Promise<EuropeBasemap> {
  return ((await import(/* the asset, as the test runner serves it */ defaultBasemapUrl())) as { default: EuropeBasemap }).default;
}

/** d3-geo's projection with the parameters the asset records (the one it was drawn with). */
export function d3Projection({ projection }: Pick<EuropeBasemap, 'projection'>): GeoProjection {
  return geoAzimuthalEqualArea().rotate(projection.rotate).scale(projection.scale).translate(projection.translate);
}
