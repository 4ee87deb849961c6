import type { Partner, PartnersQuery, StatsQuery } from '@nzc/schema';
import type { DatasetIndex } from '../dataset/index.js';
import { textMatcher } from '../search.js';
import { type Outcome, compareBy, compareText, intersects, unknownReferences } from './references.js';

type PartnerFilters = StatsQuery;

/** Partners matching the filters; a slug that names nothing is an error naming its parameter. */
export function filterPartners(index: DatasetIndex, filters: PartnerFilters): Outcome<Partner[]> {
  const errors = unknownReferences(index, filters);
  if (errors.length > 0) return { ok: false, errors };
  const matchesText = filters.q ? textMatcher(filters.q) : null;
  const partners = index.partners.filter(
    (partner) =>
      intersects(partner.themes, filters.theme) &&
      intersects(partner.topics, filters.topic) &&
      (!filters.type || filters.type.includes(partner.type)) &&
      (!filters.country || filters.country.some((country) => index.partnerCountries.get(partner)?.has(country))) &&
      intersects(partner.links.flatMap((link) => (link.scope === 'city' ? [link.target] : [])), filters.city) &&
      (!matchesText || matchesText(index.partnerText.get(partner) ?? '')),
  );
  return { ok: true, value: partners };
}

const sorters = {
  name: (partner: Partner) => partner.name,
  signed: (partner: Partner) => partner.partnership.signed.value,
};

/** Sorted copy; ties are broken by slug so that pages never overlap or skip. */
export function sortPartners(partners: Partner[], sort: PartnersQuery['sort'] = 'name'): Partner[] {
  const descending = sort.startsWith('-');
  const byKey = compareBy(sorters[sort.replace('-', '') as keyof typeof sorters], descending);
  return [...partners].sort((a, b) => byKey(a, b) || compareText(a.slug, b.slug));
}
