/** What the city map says about a city and about itself, in the visitor's language. */
import { msg, str } from '@lit/localize';
import { nothing } from 'lit';
import { formatPartialDate } from '../internal/format.js';
import type { MapCity, PreparedCities } from './cities.js';

/** "Munich, Germany", and whether the place drawn only stands in for it. */
export const cityName = (city: MapCity): string =>
  city.approximate
    ? msg(str`${city.name}, ${city.countryName} (approximate location)`, { id: 'map.name-approximate' })
    : msg(str`${city.name}, ${city.countryName}`, { id: 'map.name' });

/** The city's Mission Label: awarded (in which round, when), not awarded (as of when), or not known. */
export function labelText(city: MapCity): string {
  const label = city.label;
  if (!label) return msg('Not known', { id: 'map.label-unknown' });
  if (label.awarded) {
    const round = label.round;
    return label.date?.value
      ? msg(str`Awarded in round ${round}, ${formatPartialDate(label.date)}`, { id: 'map.label-awarded-date' })
      : msg(str`Awarded in round ${round}`, { id: 'map.label-awarded' });
  }
  return label.asOf
    ? msg(str`Not awarded as of ${formatPartialDate({ value: label.asOf, precision: 'day' })}`, { id: 'map.label-none-date' })
    : msg('Not awarded', { id: 'map.label-none' });
}

const participantTypes = new Map<string, () => string>([
  ['city', () => msg('City', { id: 'map.type.city' })],
  ['metropolitan-authority', () => msg('Metropolitan authority', { id: 'map.type.metropolitan-authority' })],
  ['region', () => msg('Region', { id: 'map.type.region' })],
  ['district', () => msg('District', { id: 'map.type.district' })],
  ['island', () => msg('Island', { id: 'map.type.island' })],
  ['city-pair', () => msg('Pair of cities', { id: 'map.type.city-pair' })],
]);

/** The kind of participant: a city, a region, a pair of cities…; a kind it does not know as the data has it. */
export const typeText = (type: string): string => participantTypes.get(type)?.() ?? (type || msg('Not known', { id: 'map.label-unknown' }));

/** Where the map draws the city, when that is not simply at its own place; `nothing` when it is. */
export function whereText(city: MapCity): string | typeof nothing {
  if (city.points.length === 0) return msg('No location known: not drawn on the map', { id: 'map.where-none' });
  if (city.approximate) {
    const point = city.points[0]!;
    return msg(str`Approximate location: drawn at ${point.name}, which stands in for it on the map`, { id: 'map.where-approximate' });
  }
  if (city.points.length > 1) {
    const names = city.points.map((point) => point.name).join(', ');
    return msg(str`Drawn at ${names}, joined by a line`, { id: 'map.where-several' });
  }
  return nothing;
}

/** The status line: loading, or how many cities there are and how many match the filter. */
export function statusText(prepared: PreparedCities | undefined, loading: boolean, highlighted: Set<string> | null): string {
  if (!prepared || loading) return msg('Loading the map…', { id: 'map.loading' });
  const total = prepared.cities.length;
  const all = msg(str`${total} Mission cities`, { id: 'map.count' });
  if (!highlighted) return all;
  const matching = prepared.cities.filter((city) => highlighted.has(city.slug)).length;
  return matching === 0
    ? msg(str`${all}; none matches the filter`, { id: 'map.count-none' })
    : msg(str`${all}; ${matching} match the filter`, { id: 'map.count-matching' });
}

/** The note on the cities that are listed but not drawn. */
export const notDrawnText = (missing: number): string =>
  missing === 1
    ? msg('1 city has no usable location: it is in the list below, not on the map.', { id: 'map.not-drawn.one' })
    : msg(str`${missing} cities have no usable location: they are in the list below, not on the map.`, { id: 'map.not-drawn.other' });
