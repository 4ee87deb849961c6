import type { ProblemError } from '@nzc/schema';
import type { DatasetIndex } from '../dataset/index.js';

/** The filters that name records by slug. */
type ReferenceFilters = { partner?: string[]; theme?: string[]; topic?: string[]; city?: string[] };

/** What each slug filter must name, and what an error calls it. */
const referenced = (index: DatasetIndex) => ({
  partner: { known: index.partnerBySlug, what: 'partner' },
  theme: { known: index.themeSlugs, what: 'theme' },
  topic: { known: index.topicSlugs, what: 'topic' },
  city: { known: index.cityBySlug, what: 'Mission city' },
});

/** Errors for slugs in the filters that name no record, so a typo is an answer, not an empty list. */
export function unknownReferences(index: DatasetIndex, filters: ReferenceFilters): ProblemError[] {
  return Object.entries(referenced(index)).flatMap(([parameter, { known, what }]) =>
    (filters[parameter as keyof ReferenceFilters] ?? [])
      .filter((slug) => !known.has(slug))
      .map((slug) => ({ parameter, detail: `no ${what} has the slug "${slug}"` })),
  );
}

/** A list filter: absent, or sharing at least one value with the record's (values within it are alternatives). */
export const intersects = (values: string[], wanted: string[] | undefined) => !wanted || values.some((value) => wanted.includes(value));

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: ProblemError[] };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareText = (a: string, b: string) => collator.compare(a, b);

/** Orders by `key`, descending when `descending`; records without a value go last either way. */
export function compareBy<T>(key: (item: T) => string | number | null, descending: boolean) {
  return (a: T, b: T): number => {
    const left = key(a);
    const right = key(b);
    if (left === right) return 0;
    if (left === null) return 1;
    if (right === null) return -1;
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : compareText(String(left), String(right));
    return descending ? -order : order;
  };
}
