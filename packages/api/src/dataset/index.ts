import type { City, Partner } from '@nzc/schema';
import { fold } from '../search.js';
import type { Dataset } from './validate.js';

/** The dataset with the lookups that the handlers need, built once per app. */
export type DatasetIndex = Dataset & {
  partnerBySlug: Map<string, Partner>;
  cityBySlug: Map<string, City>;
  themeSlugs: Set<string>;
  topicSlugs: Set<string>;
  /** Folded text that free-text search runs against. */
  partnerText: Map<Partner, string>;
  cityText: Map<City, string>;
  /** Countries each partner works in: through a link to the country, or to one of its Mission cities. */
  partnerCountries: Map<Partner, Set<string>>;
};

export function indexDataset(dataset: Dataset): DatasetIndex {
  const partnerBySlug = new Map(dataset.partners.map((partner) => [partner.slug, partner]));
  const cityBySlug = new Map(dataset.cities.map((city) => [city.slug, city]));
  const partnerText = new Map(
    dataset.partners.map((partner) => [partner, fold([partner.name, partner.acronym ?? '', partner.description].join(' \u0000 '))]),
  );
  const cityText = new Map(
    dataset.cities.map((city) => [city, fold([city.name, ...city.altNames, ...city.points.map((point) => point.name), city.countryName, city.country].join(' \u0000 '))]),
  );
  const partnerCountries = new Map(
    dataset.partners.map((partner) => [
      partner,
      new Set(
        partner.links.flatMap((link) => {
          if (link.scope === 'country') return [link.target];
          const city = cityBySlug.get(link.target);
          return city ? [city.country] : [];
        }),
      ),
    ]),
  );
  return {
    ...dataset,
    partnerBySlug,
    cityBySlug,
    themeSlugs: new Set(dataset.themes.map((theme) => theme.slug)),
    topicSlugs: new Set(dataset.topics.map((topic) => topic.slug)),
    partnerText,
    cityText,
    partnerCountries,
  };
}
