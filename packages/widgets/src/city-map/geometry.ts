/**
 * The basemap of the city map: Natural Earth countries (via world-atlas), projected, clipped,
 * simplified and quantised at build time (scripts/build-geometry.ts) into the planar space of a
 * fixed viewBox, and stored as ready SVG path data in `assets/europe.json`.
 *
 * The asset also records the d3-geo projection it was drawn with, so that city points projected
 * at runtime land exactly on it. Nothing here touches the DOM.
 */
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';

/** The parameters of the d3-geo projection the basemap was drawn with. */
export interface BasemapProjection {
  /** d3-geo projection: `geoAzimuthalEqualArea`. */
  type: 'azimuthalEqualArea';
  /** `projection.rotate()`: [λ, φ, γ] in degrees; the centre of the projection is [-λ, -φ]. */
  rotate: [number, number, number];
  scale: number;
  translate: [number, number];
  /** The basemap is clipped to this rectangle, a little larger than the viewBox. */
  clipExtent: [[number, number], [number, number]];
  /** Adaptive resampling threshold; 0 disables resampling. */
  precision: number;
}

/** One country (or territory) of the basemap. */
export interface BasemapCountry {
  /** ISO 3166-1 numeric code, as world-atlas has it ("040"); null for Kosovo and N. Cyprus. */
  id: string | null;
  /** ISO 3166-1 alpha-2 code ("AT"), as the dataset's `country` fields; null where `id` is. */
  alpha2: string | null;
  /** The Natural Earth name ("Bosnia and Herz."). */
  name: string;
  /**
   * SVG path data in viewBox units: per ring an absolute `M x y`, relative `l` steps and `z`.
   * Exterior rings and holes wind in opposite directions, so the default nonzero fill rule works.
   */
  d: string;
}

/** The content of `assets/europe.json`. */
export interface EuropeBasemap {
  attribution: string;
  source: string;
  license: string;
  /** [minX, minY, width, height] of the SVG viewBox the paths are drawn in. */
  viewBox: [number, number, number, number];
  projection: BasemapProjection;
  /** Land borders between countries, each drawn once, as open SVG path data. */
  borders: string;
  countries: BasemapCountry[];
}

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
