import type { ProblemError } from '@nzc/schema';

/** Errors for slugs in a filter that name no record, so a typo is an answer, not an empty list. */
export function unknownSlugs(parameter: string, slugs: string[] | undefined, known: { has(slug: string): boolean }, what: string): ProblemError[] {
  return (slugs ?? [])
    .filter((slug) => !known.has(slug))
    .map((slug) => ({ parameter, detail: `no ${what} has the slug "${slug}"` }));
}

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
