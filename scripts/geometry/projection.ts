/**
 * The d3-geo side of the basemap, for the build and its tests: the projection the basemap was
 * drawn with, rebuilt from the parameters `assets/europe.json` records. The widgets do not use
 * it: they project city points with their own few lines (city-map/projection.ts), checked
 * against this in their tests.
 */
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import type { BasemapCountry, EuropeBasemap } from '../../packages/widgets/src/city-map/basemap.js';

export type { BasemapCountry, BasemapProjection, EuropeBasemap } from '../../packages/widgets/src/city-map/basemap.js';

/** Rebuilds the projection the basemap was drawn with: lon/lat in, viewBox units out. */
export function createProjection(asset: Pick<EuropeBasemap, 'projection'>): GeoProjection {
  const p = asset.projection;
  if (p.type !== 'azimuthalEqualArea') throw new Error(`unsupported projection: ${String(p.type)}`);
  return geoAzimuthalEqualArea()
    .rotate(p.rotate)
    .scale(p.scale)
    .translate(p.translate)
    .clipExtent(p.clipExtent)
    .precision(p.precision);
}

/** Projects a point given in degrees; null when the projection cannot (the antipode). */
export function projectPoint(projection: GeoProjection, lon: number, lat: number): [number, number] | null {
  const point = projection([lon, lat]);
  return point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? [point[0], point[1]] : null;
}

/** The path data to draw: one path per country, and the borders as one path on top. */
export function basemapPaths(asset: EuropeBasemap): { countries: BasemapCountry[]; borders: string } {
  return {
    countries: asset.countries.map(({ id, alpha2, name, d }) => ({ id, alpha2, name, d })),
    borders: asset.borders,
  };
}
