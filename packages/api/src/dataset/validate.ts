import * as z from 'zod/mini';
import { City, Figure, Partner, Theme, Topic, type Certainty, type Link } from '@nzc/schema';

/** The embedded dataset, as stored in the package's data files. */
export type Dataset = {
  themes: Theme[];
  topics: Topic[];
  partners: Partner[];
  cities: City[];
  /** Numbers the sources give, served by /stats. */
  figures: Figure[];
};

/** One thing wrong with the dataset, located by a JSON-pointer-like path. */
export type DatasetProblem = { path: string; message: string };

/**
 * Sources whose every statement the dataset serves as `confirmed`: NetZeroCities' own article on
 * its partnerships. A record that cites it states what it says.
 */
export const primarySources: readonly string[] = [
  'https://netzerocities.eu/2024/12/20/the-power-of-partnerships-forging-alliances-to-scale-and-speed-up-the-impact-of-the-cities-mission/',
];

/** Paths of keys present in `input` that the schema dropped: a misspelt or unknown field. */
function unknownKeys(input: unknown, parsed: unknown, path: string, found: string[]) {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    input.forEach((item, index) => unknownKeys(item, parsed[index], `${path}/${index}`, found));
  } else if (input && typeof input === 'object' && parsed && typeof parsed === 'object') {
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(parsed, key)) found.push(`${path}/${key}`);
      else unknownKeys((input as Record<string, unknown>)[key], (parsed as Record<string, unknown>)[key], `${path}/${key}`, found);
    }
  }
}

/** The schema's message, or a plainer one for the fault that matters most: a fact with no source. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.path.at(-1) === 'sources' && issue.code === 'too_small') return 'a fact without a source';
  return issue.message;
}

function checkRecords<T>(
  collection: string,
  schema: z.ZodMiniType<T>,
  records: unknown,
  problems: DatasetProblem[],
  key: (record: T) => string,
): T[] {
  if (!Array.isArray(records)) {
    problems.push({ path: `/${collection}`, message: 'must be an array' });
    return [];
  }
  const valid: T[] = [];
  const keys = new Set<string>();
  records.forEach((record, index) => {
    const path = `/${collection}/${index}`;
    const result = z.safeParse(schema, record);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ path: `${path}/${issue.path.join('/')}`, message: describe(issue) });
      return;
    }
    const extra: string[] = [];
    unknownKeys(record, result.data, path, extra);
    for (const unknown of extra) problems.push({ path: unknown, message: 'unknown field' });
    const slug = key(result.data);
    if (keys.has(slug)) problems.push({ path: `${path}/slug`, message: `duplicate slug "${slug}"` });
    keys.add(slug);
    valid.push(result.data);
  });
  return valid;
}

type Sourced = { sources: string[]; certainty: Certainty };

/**
 * What a primary source states is served as `confirmed`. A partnership record may be `derived`
 * from it (its form inferred from what the source says); nothing citing it may be `uncertain`.
 */
function checkPrimary(record: Sourced, path: string, problems: DatasetProblem[], allowDerived = false) {
  if (!record.sources.some((source) => primarySources.includes(source))) return;
  if (record.certainty === 'confirmed' || (allowDerived && record.certainty === 'derived')) return;
  problems.push({ path: `${path}/certainty`, message: `cites a primary source, so it must be confirmed, not ${record.certainty}` });
}

/**
 * Checks the whole dataset: every record against its schema (unknown fields included), unique
 * slugs, every fact sourced (a progress figure included), every statement of a primary source
 * confirmed, and every reference pointing at a record that exists: themes, topics, the cities and
 * countries of links, and partners and cities listing each other.
 */
export function validateDataset(dataset: Record<keyof Dataset, unknown>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const bySlug = (record: { slug: string }) => record.slug;
  const themes = checkRecords('themes', Theme, dataset.themes, problems, bySlug);
  const topics = checkRecords('topics', Topic, dataset.topics, problems, bySlug);
  const partners = checkRecords('partners', Partner, dataset.partners, problems, bySlug);
  const cities = checkRecords('cities', City, dataset.cities, problems, bySlug);
  const figures = checkRecords('figures', Figure, dataset.figures, problems, bySlug);

  const themeSlugs = new Set(themes.map((theme) => theme.slug));
  const topicSlugs = new Set(topics.map((topic) => topic.slug));
  const cityBySlug = new Map(cities.map((city) => [city.slug, city]));
  const countries = new Set(cities.map((city) => city.country));
  const partnerBySlug = new Map(partners.map((partner) => [partner.slug, partner]));
  const refer = (ok: boolean, path: string, what: string, slug: string) => {
    if (!ok) problems.push({ path, message: `refers to unknown ${what} "${slug}"` });
  };
  const sameLink = (a: Link, b: Link) => a.partner === b.partner && a.scope === b.scope && a.target === b.target && a.detail === b.detail;

  themes.forEach((theme, i) => checkPrimary(theme, `/themes/${i}`, problems));
  topics.forEach((topic, i) => checkPrimary(topic, `/topics/${i}`, problems));
  figures.forEach((figure, i) => checkPrimary(figure, `/figures/${i}`, problems));

  partners.forEach((partner, index) => {
    const path = `/partners/${index}`;
    partner.themes.forEach((slug, i) => refer(themeSlugs.has(slug), `${path}/themes/${i}`, 'theme', slug));
    partner.topics.forEach((slug, i) => refer(topicSlugs.has(slug), `${path}/topics/${i}`, 'topic', slug));
    partner.links.forEach((link, i) => {
      const at = `${path}/links/${i}`;
      if (link.partner !== partner.slug) problems.push({ path: `${at}/partner`, message: `a link of "${link.partner}" listed under "${partner.slug}"` });
      if (link.weak !== (link.weakReason !== null)) problems.push({ path: `${at}/weakReason`, message: 'a weak link says why it is weak, and only a weak link' });
      checkPrimary(link, at, problems);
      if (link.scope === 'country') {
        refer(countries.has(link.target), `${at}/target`, 'country', link.target);
        return;
      }
      const city = cityBySlug.get(link.target);
      refer(city !== undefined, `${at}/target`, 'city', link.target);
      if (city && !city.links.some((other) => sameLink(other, link))) {
        problems.push({ path: at, message: `city "${link.target}" does not list this link` });
      }
    });
    partner.aims.forEach((aim, i) => checkPrimary(aim, `${path}/aims/${i}`, problems));
    partner.facts.forEach((fact, i) => checkPrimary(fact, `${path}/facts/${i}`, problems));
    partner.partnership.objectives.forEach((objective, i) => checkPrimary(objective, `${path}/partnership/objectives/${i}`, problems));
    checkPrimary(partner.partnership, `${path}/partnership`, problems, true);
    const signed = partner.partnership.signed;
    if ((signed.value === null) !== (signed.precision === 'unknown')) {
      problems.push({ path: `${path}/partnership/signed`, message: 'a date is null exactly when its precision is unknown' });
    }
  });

  cities.forEach((city, index) => {
    const path = `/cities/${index}`;
    city.partners.forEach((slug, i) => {
      refer(partnerBySlug.has(slug), `${path}/partners/${i}`, 'partner', slug);
      if (!city.links.some((link) => link.partner === slug)) {
        problems.push({ path: `${path}/partners/${i}`, message: `partner "${slug}" has no link to this city` });
      }
    });
    city.links.forEach((link, i) => {
      const at = `${path}/links/${i}`;
      if (link.scope !== 'city' || link.target !== city.slug) problems.push({ path: at, message: 'a city lists only links to itself' });
      if (!city.partners.includes(link.partner)) problems.push({ path: `${at}/partner`, message: `partner "${link.partner}" is not in the city's partners` });
      const partner = partnerBySlug.get(link.partner);
      if (partner && !partner.links.some((other) => sameLink(other, link))) {
        problems.push({ path: at, message: `partner "${link.partner}" does not list this link` });
      }
    });
    city.points.forEach((point, i) => {
      if (point.role === 'stand-in' && !point.illustrative) {
        problems.push({ path: `${path}/points/${i}/illustrative`, message: 'a stand-in point must be flagged illustrative' });
      }
    });
  });
  return problems;
}
