/**
 * Where a point of the globe lands on the basemap: the basemap's own projection (Lambert
 * azimuthal equal-area with the asset's rotate, scale and translate), written out here in a few
 * lines rather than taken from d3-geo, so that the map adds no projection library to the bundle;
 * the tests check it against d3-geo.
 */
import type { BasemapProjection } from './basemap.js';

/** lon/lat in degrees to viewBox units; null for what cannot be drawn. */
export type Project = (lon: number, lat: number) => [number, number] | null;

const { PI, sin, cos, atan2, sqrt, round } = Math;
const radians = PI / 180;
const tau = 2 * PI;
const asin = (x: number) => Math.asin(x > 1 ? 1 : x < -1 ? -1 : x);

/**
 * The forward projection of the basemap, exactly as d3-geo computes it for
 * `geoAzimuthalEqualArea().rotate(r).scale(k).translate(t)` (no centre, no angle, no reflection).
 */
export function projector(projection: BasemapProjection): Project {
  if (projection.type !== 'azimuthalEqualArea') throw new Error(`unsupported projection: ${String(projection.type)}`);
  const [dl = 0, dp = 0, dg = 0] = projection.rotate.map((degrees) => degrees * radians);
  const deltaLambda = dl % tau;
  const cosP = cos(dp), sinP = sin(dp), cosG = cos(dg), sinG = sin(dg);
  const k = projection.scale;
  const [tx, ty] = projection.translate;
  return (lon, lat) => {
    let lambda = lon * radians + deltaLambda;
    if (Math.abs(lambda) > PI) lambda -= round(lambda / tau) * tau;
    const phi = lat * radians;
    const cosPhi = cos(phi), x = cos(lambda) * cosPhi, y = sin(lambda) * cosPhi, z = sin(phi), kz = z * cosP + x * sinP;
    const l = atan2(y * cosG - kz * sinG, x * cosP - z * sinP);
    const p = asin(kz * cosG + y * sinG);
    const cl = cos(l), cp = cos(p), s = sqrt(2 / (1 + cl * cp));
    if (!Number.isFinite(s)) return null; // the antipode of the centre
    const px = tx + k * s * cp * sin(l), py = ty - k * s * sin(p);
    return Number.isFinite(px) && Number.isFinite(py) ? [px, py] : null;
  };
}
