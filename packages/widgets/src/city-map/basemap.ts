/**
 * The basemap of the city map: what `assets/europe.json` holds, how it is fetched (once per URL
 * for the whole page), how it is checked, and which URLs it may be fetched from.
 *
 * The asset is built by scripts/build-geometry.ts: Natural Earth countries (via world-atlas),
 * projected, clipped, simplified and quantised into the planar space of a fixed viewBox, and
 * stored as ready SVG path data, with the d3-geo projection they were drawn with, so that city
 * points projected at runtime land exactly on it.
 */
import { isRecord } from '../internal/is-record.js';
import { defaultBasemapUrl } from './basemap-url.js';

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

const basemaps = new Map<string, Promise<EuropeBasemap>>();

/** Fetches and checks a basemap once per URL for the whole page; a failure is forgotten so that it can be retried. */
export function loadBasemap(url: string): Promise<EuropeBasemap> {
  let loading = basemaps.get(url);
  if (!loading) {
    loading = fetch(url, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const asset = readBasemap(await response.json());
        if (!asset) throw new Error(`${url} is not a basemap`);
        return asset;
      })
      .catch((error: unknown) => {
        basemaps.delete(url);
        throw error;
      });
    basemaps.set(url, loading);
  }
  return loading;
}

/** The origin of `url` resolved against `base`, or null when it is not a URL. */
export function originOf(url: string | null | undefined, base: string): string | null {
  try {
    return url ? new URL(url, base).origin : null;
  } catch {
    return null;
  }
}

/**
 * `given` resolved against `base` when it is an http(s) URL on one of the `allowed` origins,
 * else null: the map fetches geometry only from where its page, its script or its API lives.
 */
export function allowedBasemapUrl(given: string, base: string, allowed: readonly (string | null)[]): string | null {
  let url: URL;
  try {
    url = new URL(given, base);
  } catch {
    return null;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && allowed.includes(url.origin) ? url.href : null;
}

/** The basemap URL in force for a map: its `basemap` attribute if allowed (null if not), else the asset beside the script. */
export function basemapUrlFor(basemap: string | undefined, apiBase: string | undefined): string | null {
  const script = defaultBasemapUrl();
  if (!basemap) return script;
  const base = document.baseURI;
  return allowedBasemapUrl(basemap, base, [location.origin, originOf(script, base), originOf(apiBase, base)]);
}
