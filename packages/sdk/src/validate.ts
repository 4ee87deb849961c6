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

/** A value quoted for a message when it is short and plain; '' otherwise. */
const shown = (value: unknown) => ((typeof value === 'string' && value.length <= 60) || typeof value === 'number' || typeof value === 'boolean' ? ` ${JSON.stringify(value)}` : '');

/**
 * Parses `value` with `schema`, or throws NzcValidationError (`what` is invalid) carrying every
 * issue, under `prefix`. Each issue in the message names where it is, the value found there
 * (when short) and what it must be: `country.0 "de" must be …`.
 */
export function check<T>(schema: z.ZodMiniType<T>, value: unknown, url: string, what = 'Invalid response', prefix: (string | number)[] = []): T {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  const described: string[] = [];
  const issues = result.error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    const message = describeIssue(issue);
    described.push(`${path.join('.') || '(root)'}${shown(issue.input)} ${message}`);
    return { path, message };
  });
  throw new NzcValidationError(`${what}: ${described.join('; ')} (${url})`, { url, issues });
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
