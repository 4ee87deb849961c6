import type { CitiesGeoJsonQuery, CitiesQuery, City } from '@nzc/schema';
import type { DatasetIndex } from '../dataset/index.js';
import { textMatcher } from '../search.js';
import { type Outcome, compareBy, compareText, unknownSlugs } from './references.js';

/** Cities matching the filters; a slug that names nothing is an error naming its parameter. */
export function filterCities(index: DatasetIndex, filters: CitiesGeoJsonQuery): Outcome<City[]> {
  const errors = [
    ...unknownSlugs('partner', filters.partner, index.partnerBySlug, 'partner'),
    ...unknownSlugs('theme', filters.theme, index.themeSlugs, 'theme'),
    ...unknownSlugs('topic', filters.topic, index.topicSlugs, 'topic'),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const matchesText = filters.q ? textMatcher(filters.q) : null;
  const cities = index.cities.filter((city) => {
    const partners = index.cityPartners.get(city) ?? [];
    const label = city.missionLabel;
    return (
      (!filters.country || filters.country.includes(city.country)) &&
      (!filters.partner || partners.some((partner) => filters.partner!.includes(partner.slug))) &&
      (!filters.type || filters.type.includes(city.participantType)) &&
      (!filters.theme || partners.some((partner) => partner.themes.some((theme) => filters.theme!.includes(theme)))) &&
      (!filters.topic || partners.some((partner) => partner.topics.some((topic) => filters.topic!.includes(topic)))) &&
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
