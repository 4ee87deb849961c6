/**
 * The cities as the map draws and lists them, read from what the API or a developer gives
 * without trusting it: which of a city's points can be drawn, where, and in which order.
 */
import type { City, CityPoint, PartialDate } from '@nzc/schema';
import { isRecord } from '../internal/is-record.js';
import type { Project } from './projection.js';
import { inside, type View } from './view.js';

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
  /** What each partner does in the city: the kind of each of its links, and whether it is weak. */
  links: { partner: string; kind: string; weak: boolean }[];
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
      links: (Array.isArray(item.links) ? item.links : []).filter(isRecord).map((link) => ({ partner: text(link.partner), kind: text(link.kind), weak: link.weak === true })),
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
