/**
 * The dataset files, read straight from disk (not through the API's own loader), so that
 * expectations are derived from the data independently of the code under test.
 */
import { readFileSync } from 'node:fs';
import type { City, Figure, Link, Partner, Theme, Topic } from '@nzc/schema';

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8')) as T;

export const themes = read<Theme[]>('themes');
export const topics = read<Topic[]>('topics');
export const partners = read<Partner[]>('partners');
export const cities = read<City[]>('cities');
export const figures = read<Figure[]>('figures');

/** Every partner link, city and country alike. */
export const links: Link[] = partners.flatMap((partner) => partner.links);

/** The article NetZeroCities published on its partnerships: a primary source. */
export const ARTICLE =
  'https://netzerocities.eu/2024/12/20/the-power-of-partnerships-forging-alliances-to-scale-and-speed-up-the-impact-of-the-cities-mission/';

/** Slugs of `list`, sorted, for order-independent comparison. */
export const slugSet = (list: { slug: string }[]) => [...new Set(list.map((item) => item.slug))].sort();

export const cityBySlug = (slug: string): City => {
  const city = cities.find((candidate) => candidate.slug === slug);
  if (!city) throw new Error(`no city ${slug} in cities.json`);
  return city;
};

export const partnerBySlug = (slug: string): Partner => {
  const partner = partners.find((candidate) => candidate.slug === slug);
  if (!partner) throw new Error(`no partner ${slug} in partners.json`);
  return partner;
};

/** Countries a partner is linked to, directly or through one of their Mission cities. */
export const partnerCountries = (partner: Partner): Set<string> =>
  new Set(partner.links.map((link) => (link.scope === 'country' ? link.target : cityBySlug(link.target).country)));

/** Partners a city lists. */
export const cityPartners = (city: City): Partner[] => partners.filter((partner) => city.partners.includes(partner.slug));

/** Text with its diacritics removed and the few letters that do not decompose spelt out in ASCII. */
export function asciify(text: string): string {
  const letters: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐßæœı]/g, (letter) => letters[letter] ?? letter);
}
