import type { Partner, Stats } from '@nzc/schema';
import { PartnerType } from '@nzc/schema';
import type { DatasetIndex } from '../dataset/index.js';

/** Counts for filter badges over `partners` (already filtered) and all cities, and the figures the sources give. */
export function computeStats(index: DatasetIndex, partners: Partner[]): Stats {
  const countWhere = (predicate: (partner: Partner) => boolean) => partners.filter(predicate).length;
  const countries = new Map<string, { country: string; countryName: string; cities: number; partners: number }>();
  for (const city of index.cities) {
    const entry = countries.get(city.country) ?? { country: city.country, countryName: city.countryName, cities: 0, partners: 0 };
    entry.cities += 1;
    countries.set(city.country, entry);
  }
  for (const entry of countries.values()) {
    entry.partners = countWhere((partner) => index.partnerCountries.get(partner)?.has(entry.country) ?? false);
  }
  const rounds = new Map<number, { round: number; date: string; cities: number }>();
  for (const city of index.cities) {
    const label = city.missionLabel;
    if (!label.awarded) continue;
    const entry = rounds.get(label.round) ?? { round: label.round, date: label.date.value ?? '', cities: 0 };
    entry.cities += 1;
    rounds.set(label.round, entry);
  }
  return {
    partners: partners.length,
    cities: index.cities.length,
    byTheme: index.themes.map((theme) => ({ slug: theme.slug, count: countWhere((partner) => partner.themes.includes(theme.slug)) })),
    byTopic: index.topics.map((topic) => ({ slug: topic.slug, count: countWhere((partner) => partner.topics.includes(topic.slug)) })),
    byPartnerType: PartnerType.options.map((type) => ({ slug: type, count: countWhere((partner) => partner.type === type) })),
    byCountry: [...countries.values()].sort((a, b) => a.country.localeCompare(b.country)),
    figures: index.figures,
    byLabelRound: [...rounds.values()].sort((a, b) => a.round - b.round),
  };
}
