import type { CitiesGeoJsonQuery, CitiesQuery, City, Link } from '@nzc/schema';
import type { DatasetIndex } from '../dataset/index.js';
import { textMatcher } from '../search.js';
import { type Outcome, compareBy, compareText, intersects, unknownReferences } from './references.js';

/**
 * Cities matching the filters; a slug that names nothing is an error naming its parameter.
 * Partner, theme and topic match through the city's own links (never a link to its whole
 * country), and only through links of the kinds and strength asked for.
 */
export function filterCities(index: DatasetIndex, filters: CitiesGeoJsonQuery): Outcome<City[]> {
  const errors = unknownReferences(index, filters);
  if (errors.length > 0) return { ok: false, errors };
  const kinds = filters['link-kind'];
  const strongOnly = filters['weak-links'] === false;
  const byLinks = Boolean(filters.partner || filters.theme || filters.topic || kinds || filters['weak-links'] !== undefined);
  const linkMatches = (link: Link) => {
    if (kinds && !kinds.includes(link.kind)) return false;
    if (strongOnly && link.weak) return false;
    const partner = index.partnerBySlug.get(link.partner);
    return (
      partner !== undefined &&
      (!filters.partner || filters.partner.includes(partner.slug)) &&
      intersects(partner.themes, filters.theme) &&
      intersects(partner.topics, filters.topic)
    );
  };
  const matchesText = filters.q ? textMatcher(filters.q) : null;
  const cities = index.cities.filter((city) => {
    const label = city.missionLabel;
    return (
      (!filters.country || filters.country.includes(city.country)) &&
      (!filters.type || filters.type.includes(city.participantType)) &&
      (!byLinks || city.links.some(linkMatches)) &&
      (!filters.label || (filters.label === 'awarded') === label.awarded) &&
      (!filters.round || (label.awarded && filters.round.includes(label.round))) &&
      (filters.associated === undefined || filters.associated === city.associated) &&
      (!matchesText || matchesText(index.cityText.get(city) ?? ''))
    );
  });
  return { ok: true, value: cities };
}

const sorters = {
  name: (city: City) => city.name,
  country: (city: City) => city.countryName,
  population: (city: City) => city.population,
  label: (city: City) => (city.missionLabel.awarded ? city.missionLabel.round : null),
};

/** Sorted copy; ties are broken by name, then slug, so that pages never overlap or skip. */
export function sortCities(cities: City[], sort: CitiesQuery['sort'] = 'name'): City[] {
  const descending = sort.startsWith('-');
  const byKey = compareBy(sorters[sort.replace('-', '') as keyof typeof sorters], descending);
  return [...cities].sort((a, b) => byKey(a, b) || compareText(a.name, b.name) || compareText(a.slug, b.slug));
}
