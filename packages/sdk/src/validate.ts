import * as z from 'zod/mini';
import { HttpUrl, describeIssue } from '@nzc/schema';
import { NzcValidationError, type ValidationIssue } from './errors.js';

/**
 * What to do with list items that do not fit the contract while the list itself does:
 * - `'drop'` (default): return the valid items and report each dropped one in `skipped`
 *   (see {@link getResponseMeta}); one bad record does not blank a whole page.
 * - `'throw'`: fail the call with NzcValidationError.
 */
export type InvalidItemPolicy = 'drop' | 'throw';

/** A list item that was dropped, where it was, and why. */
export type SkippedItem = { index: number; slug: string | null; issues: ValidationIssue[] };

const toIssues = (error: z.core.$ZodError, prefix: (string | number)[] = []): ValidationIssue[] =>
  error.issues.map((issue) => ({ path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))], message: describeIssue(issue) }));

/** Parses `value` with `schema`, or throws NzcValidationError carrying every issue. */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, url: string): T {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new NzcValidationError(`The response from ${url} does not fit the contract`, { url, issues: toIssues(result.error) });
}

const Envelope = z.object({
  data: z.array(z.unknown()),
  total: z.int().check(z.gte(0)),
  next: z.nullable(HttpUrl),
});

export type ValidatedList<T> = { data: T[]; total: number; next: string | null; skipped: SkippedItem[] };

/** Validates a list envelope strictly and its items by `policy`. */
export function validateList<T>(item: z.ZodMiniType<T>, value: unknown, url: string, policy: InvalidItemPolicy): ValidatedList<T> {
  const envelope = validate(Envelope, value, url);
  const data: T[] = [];
  const skipped: SkippedItem[] = [];
  envelope.data.forEach((raw, index) => {
    const result = z.safeParse(item, raw);
    if (result.success) {
      data.push(result.data);
      return;
    }
    const issues = toIssues(result.error, ['data', index]);
    if (policy === 'throw') throw new NzcValidationError(`Item ${index} of the list from ${url} does not fit the contract`, { url, issues });
    const slug = raw !== null && typeof raw === 'object' && typeof (raw as { slug?: unknown }).slug === 'string' ? (raw as { slug: string }).slug : null;
    skipped.push({ index, slug, issues });
  });
  return { data, total: envelope.total, next: envelope.next, skipped };
}
