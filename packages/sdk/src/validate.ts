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

/** Parses `value` with `schema`, or throws NzcValidationError (`what` is invalid) carrying every issue, under `prefix`. */
export function check<T>(schema: z.ZodMiniType<T>, value: unknown, url: string, what = 'Invalid response', prefix: (string | number)[] = []): T {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))], message: describeIssue(issue) }));
  throw new NzcValidationError(`${what}: ${issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ')} (${url})`, { url, issues });
}

const Envelope = z.object({
  data: z.array(z.unknown()),
  total: z.int().check(z.gte(0)),
  next: z.nullable(HttpUrl),
});

export type ValidatedList<T> = { data: T[]; total: number; next: string | null; skipped: SkippedItem[] };

/** Validates a list envelope strictly and its items by `policy`. */
export function validateList<T>(item: z.ZodMiniType<T>, value: unknown, url: string, policy: InvalidItemPolicy): ValidatedList<T> {
  const envelope = check(Envelope, value, url);
  const data: T[] = [];
  const skipped: SkippedItem[] = [];
  envelope.data.forEach((raw, index) => {
    try {
      data.push(check(item, raw, url, 'Invalid list item', ['data', index]));
    } catch (error) {
      if (policy === 'throw') throw error;
      const slug = (raw as { slug?: unknown } | null)?.slug;
      skipped.push({ index, slug: typeof slug === 'string' ? slug : null, issues: (error as NzcValidationError).issues });
    }
  });
  return { ...envelope, data, skipped };
}
