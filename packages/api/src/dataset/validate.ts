import * as z from 'zod/mini';
import { City, Partner, Theme, Topic } from '@nzc/schema';

/** The embedded dataset, as stored in the package's data files. */
export type Dataset = {
  themes: Theme[];
  topics: Topic[];
  partners: Partner[];
  cities: City[];
};

/** One thing wrong with the dataset, located by a JSON-pointer-like path. */
export type DatasetProblem = { path: string; message: string };

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

function checkRecords<T>(
  collection: string,
  schema: z.ZodMiniType<T>,
  records: unknown,
  problems: DatasetProblem[],
): T[] {
  if (!Array.isArray(records)) {
    problems.push({ path: `/${collection}`, message: 'must be an array' });
    return [];
  }
  const valid: T[] = [];
  const slugs = new Set<string>();
  records.forEach((record, index) => {
    const path = `/${collection}/${index}`;
    const result = z.safeParse(schema, record);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ path: `${path}/${issue.path.join('/')}`, message: issue.message });
      return;
    }
    const extra: string[] = [];
    unknownKeys(record, result.data, path, extra);
    for (const key of extra) problems.push({ path: key, message: 'unknown field' });
    const slug = (result.data as { slug: string }).slug;
    if (slugs.has(slug)) problems.push({ path: `${path}/slug`, message: `duplicate slug "${slug}"` });
    slugs.add(slug);
    valid.push(result.data);
  });
  return valid;
}

/**
 * Checks the whole dataset: every record against its schema (unknown fields included), unique
 * slugs, every fact sourced (only an illustrative objective may go without), and every reference
 * pointing at a record that exists, both ways between partners and cities.
 */
export function validateDataset(dataset: Record<keyof Dataset, unknown>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const themes = checkRecords('themes', Theme, dataset.themes, problems);
  const topics = checkRecords('topics', Topic, dataset.topics, problems);
  const partners = checkRecords('partners', Partner, dataset.partners, problems);
  const cities = checkRecords('cities', City, dataset.cities, problems);

  const themeSlugs = new Set(themes.map((theme) => theme.slug));
  const topicSlugs = new Set(topics.map((topic) => topic.slug));
  const citySlugs = new Set(cities.map((city) => city.slug));
  const partnerSlugs = new Set(partners.map((partner) => partner.slug));
  const refer = (ok: boolean, path: string, what: string, slug: string) => {
    if (!ok) problems.push({ path, message: `refers to unknown ${what} "${slug}"` });
  };

  partners.forEach((partner, index) => {
    const path = `/partners/${index}`;
    partner.themes.forEach((slug, i) => refer(themeSlugs.has(slug), `${path}/themes/${i}`, 'theme', slug));
    partner.topics.forEach((slug, i) => refer(topicSlugs.has(slug), `${path}/topics/${i}`, 'topic', slug));
    partner.cities.forEach((link, i) => {
      refer(citySlugs.has(link.city), `${path}/cities/${i}/city`, 'city', link.city);
      const city = cities.find((candidate) => candidate.slug === link.city);
      if (city && !city.partners.includes(partner.slug)) {
        problems.push({ path: `${path}/cities/${i}`, message: `city "${link.city}" does not list this partner` });
      }
    });
    partner.partnership.objectives.forEach((objective, i) => {
      if (!objective.illustrative && objective.sources.length === 0) {
        problems.push({ path: `${path}/partnership/objectives/${i}/sources`, message: 'a fact without a source (flag it illustrative, or source it)' });
      }
    });
    const signed = partner.partnership.signed;
    if ((signed.value === null) !== (signed.precision === 'unknown')) {
      problems.push({ path: `${path}/partnership/signed`, message: 'a date is null exactly when its precision is unknown' });
    }
  });

  cities.forEach((city, index) => {
    const path = `/cities/${index}`;
    city.partners.forEach((slug, i) => {
      refer(partnerSlugs.has(slug), `${path}/partners/${i}`, 'partner', slug);
      const partner = partners.find((candidate) => candidate.slug === slug);
      if (partner && !partner.cities.some((link) => link.city === city.slug)) {
        problems.push({ path: `${path}/partners/${i}`, message: `partner "${slug}" does not list this city` });
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
