/**
 * What the city map computes without a DOM: where each city goes on the basemap, which of a
 * city's points can be drawn, and the zoom and pan of the view. Pure functions over plain data.
 *
 * The projection is the basemap's own (Lambert azimuthal equal-area with the asset's rotate,
 * scale and translate), written out here in a few lines rather than taken from d3-geo, so that
 * the map adds no projection library to the bundle; the tests check it against d3-geo.
 */
import type { City, CityPoint, PartialDate } from '@nzc/schema';
import type { BasemapProjection, EuropeBasemap } from './geometry.js';

/** A rectangle in viewBox units: the whole basemap, or the part of it in view. */
export type View = { x: number; y: number; w: number; h: number };

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

/** The whole basemap as a {@link View}. */
export const baseView = (asset: Pick<EuropeBasemap, 'viewBox'>): View => {
  const [x, y, w, h] = asset.viewBox;
  return { x, y, w, h };
};

// ---------------------------------------------------------------------------------------------
// Cities

/** One point of a city that can be drawn, in viewBox units. */
export type PlacedPoint = { x: number; y: number; name: string; role: CityPoint['role']; illustrative: boolean; note: string | null };

/** The Mission Label as the map shows it. */
export type MapLabel = { awarded: true; round: number; date: PartialDate | null } | { awarded: false; asOf: string | null } | null;

/** A city as the map draws and lists it: whatever of it could be read. */
export type MapCity = {
  slug: string;
  name: string;
  country: string;
  countryName: string;
  participantType: string;
  label: MapLabel;
  partners: string[];
  sources: string[];
  /** The points that can be drawn, the main one first; empty when the city is listed only. */
  points: PlacedPoint[];
  /** Points the city has that could not be drawn (out of range, not numbers, off the map). */
  undrawable: number;
  /** True when what is drawn is only a stand-in or an illustrative place, not the participant. */
  approximate: boolean;
  /** The record as given. */
  source: City;
};

export type PreparedCities = {
  /** Every readable city once, in display order. */
  cities: MapCity[];
  /** Slugs given more than once; the first record of each is kept. */
  duplicates: string[];
  /** Items that are not a city at all (no slug or no name). */
  unreadable: number;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : []);
const inRange = (value: unknown, limit: number): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
const roles = new Set(['main', 'additional', 'stand-in']);

function readLabel(value: unknown): MapLabel {
  if (!isRecord(value)) return null;
  if (value.awarded === true && typeof value.round === 'number' && Number.isInteger(value.round)) {
    const date = isRecord(value.date) && (typeof value.date.value === 'string' || value.date.value === null) ? (value.date as PartialDate) : null;
    return { awarded: true, round: value.round, date };
  }
  if (value.awarded === false) return { awarded: false, asOf: typeof value.asOf === 'string' ? value.asOf : null };
  return null;
}

/** True when (x, y) lies within `view`, widened by `margin` units. */
export const inside = (view: View, x: number, y: number, margin = 0) =>
  x >= view.x - margin && x <= view.x + view.w + margin && y >= view.y - margin && y <= view.y + view.h + margin;

/**
 * Reads cities given by the API or by a developer's `.cities` property, without trusting them:
 * a point out of range, not a number or off the basemap is not drawn (the city is still listed);
 * a repeated slug is listed once; an item with no slug or name is skipped and counted. Cities
 * come out grouped by country, the countries in the order of their names, and in the order given
 * within a country (the API's is by name). No collation: the names of the countries are the
 * data's, in English, and a locale-aware sort would cost the first draw more than all the rest.
 */
export function prepareCities(input: unknown, project: Project, bounds: View): PreparedCities {
  const items: unknown[] = Array.isArray(input) ? input : [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const cities: MapCity[] = [];
  let unreadable = 0;
  for (const item of items) {
    const slug = isRecord(item) ? text(item.slug) : '';
    const name = isRecord(item) ? text(item.name) : '';
    if (!isRecord(item) || !slug || !name) {
      unreadable++;
      continue;
    }
    if (seen.has(slug)) {
      duplicates.push(slug);
      continue;
    }
    seen.add(slug);
    const given = Array.isArray(item.points) ? item.points : [];
    const points: PlacedPoint[] = [];
    for (const point of given) {
      if (!isRecord(point) || !inRange(point.lat, 90) || !inRange(point.lon, 180)) continue;
      const xy = project(point.lon, point.lat);
      if (!xy || !inside(bounds, xy[0], xy[1])) continue;
      const role = roles.has(point.role as string) ? (point.role as CityPoint['role']) : 'main';
      points.push({ x: xy[0], y: xy[1], name: text(point.name) || name, role, illustrative: point.illustrative === true || role === 'stand-in', note: text(point.note) || null });
    }
    // The participant's own place first, then further places, then stand-ins.
    const order = { main: 0, additional: 1, 'stand-in': 2 };
    points.sort((a, b) => order[a.role] - order[b.role]);
    const country = text(item.country).toUpperCase();
    cities.push({
      slug,
      name,
      country,
      countryName: text(item.countryName) || country,
      participantType: text(item.participantType),
      label: readLabel(item.missionLabel),
      partners: strings(item.partners),
      sources: strings(item.sources),
      points,
      undrawable: given.length - points.length,
      approximate: points.length > 0 && points.every((point) => point.illustrative),
      source: item as City,
    });
  }
  // A stable sort: the given order holds within a country.
  cities.sort((a, b) => (a.countryName < b.countryName ? -1 : a.countryName > b.countryName ? 1 : 0));
  return { cities, duplicates, unreadable };
}

/** Dot size of a city by the number of partners active there: 0, 1–2, 3 or more. */
export const sizeOf = (partners: number): 's' | 'm' | 'l' => (partners >= 3 ? 'l' : partners >= 1 ? 'm' : 's');

// ---------------------------------------------------------------------------------------------
// Zoom and pan

export const MAX_ZOOM = 12;

/** How many times the view is magnified against the whole basemap. */
export const zoomOf = (view: View, base: View) => base.w / view.w;

/** The view kept within the basemap, between 1× and {@link MAX_ZOOM}×, with the basemap's aspect ratio. */
export function clampView(view: View, base: View): View {
  const w = Math.min(base.w, Math.max(base.w / MAX_ZOOM, view.w));
  const h = (w * base.h) / base.w;
  const x = Math.min(base.x + base.w - w, Math.max(base.x, view.x + (view.w - w) / 2));
  const y = Math.min(base.y + base.h - h, Math.max(base.y, view.y + (view.h - h) / 2));
  return { x, y, w, h };
}

/** Zooms by `factor` (> 1 in, < 1 out) keeping the point (px, py) where it is on screen. */
export function zoomAt(view: View, base: View, factor: number, px = view.x + view.w / 2, py = view.y + view.h / 2): View {
  const w = Math.min(base.w, Math.max(base.w / MAX_ZOOM, view.w / factor));
  const ratio = w / view.w;
  const h = (w * base.h) / base.w;
  return clampView({ x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio, w, h }, base);
}

/** Moves the view by (dx, dy) viewBox units. */
export const panBy = (view: View, base: View, dx: number, dy: number): View => clampView({ ...view, x: view.x + dx, y: view.y + dy }, base);

/** The smallest view (at most {@link MAX_ZOOM}×, at least the padding around) that shows every point. */
export function fitView(points: readonly { x: number; y: number }[], base: View, padding = 40): View {
  if (points.length === 0) return base;
  const xs = points.map((point) => point.x), ys = points.map((point) => point.y);
  const x0 = Math.min(...xs) - padding, x1 = Math.max(...xs) + padding;
  const y0 = Math.min(...ys) - padding, y1 = Math.max(...ys) + padding;
  const w = Math.max(x1 - x0, ((y1 - y0) * base.w) / base.h);
  const h = (w * base.h) / base.w;
  return clampView({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h }, base);
}

/** The view moved as little as needed to bring (x, y) at least `margin` units inside it. */
export function revealPoint(view: View, base: View, x: number, y: number, margin: number): View {
  const m = Math.min(margin, view.w / 4, view.h / 4);
  const dx = x < view.x + m ? x - (view.x + m) : x > view.x + view.w - m ? x - (view.x + view.w - m) : 0;
  const dy = y < view.y + m ? y - (view.y + m) : y > view.y + view.h - m ? y - (view.y + view.h - m) : 0;
  return dx || dy ? panBy(view, base, dx, dy) : view;
}

/** The position of (x, y) in the view as SVG percentages, for a marker layer drawn in CSS pixels. */
export const percentOf = (view: View, x: number, y: number): [string, string] => [
  `${(((x - view.x) / view.w) * 100).toFixed(3)}%`,
  `${(((y - view.y) / view.h) * 100).toFixed(3)}%`,
];

/** The viewBox attribute of a view. */
export const viewBoxOf = (view: View) => [view.x, view.y, view.w, view.h].map((value) => +value.toFixed(3)).join(' ');

// ---------------------------------------------------------------------------------------------
// The basemap asset

/** The basemap checked for the fields the map reads, or null: a broken asset must not break the page. */
export function readBasemap(value: unknown): EuropeBasemap | null {
  if (!isRecord(value) || !isRecord(value.projection) || !Array.isArray(value.countries) || typeof value.borders !== 'string') return null;
  const box = value.viewBox;
  if (!Array.isArray(box) || box.length !== 4 || !box.every((n) => typeof n === 'number' && Number.isFinite(n)) || !(box[2] > 0 && box[3] > 0)) return null;
  const p = value.projection;
  const numbers = (list: unknown, length: number) => Array.isArray(list) && list.length === length && list.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (p.type !== 'azimuthalEqualArea' || !numbers(p.rotate, 3) || !numbers(p.translate, 2) || typeof p.scale !== 'number' || !(p.scale > 0)) return null;
  const countries = value.countries.filter((country): country is EuropeBasemap['countries'][number] => isRecord(country) && typeof country.d === 'string');
  return { ...(value as unknown as EuropeBasemap), countries };
}
