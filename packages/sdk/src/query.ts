import * as z from 'zod/mini';
import { invalid } from './errors.js';

/**
 * A query as the SDK takes it: every list filter accepts one value or an array of values (any
 * of them matches); an empty array is the same as leaving the filter out. `cursor` takes the
 * cursor or the whole `next` link of the previous page.
 */
export type QueryInput<Query> = {
  [Key in keyof Query]?: NonNullable<Query[Key]> extends readonly (infer Item)[] ? Item | readonly Item[] : Query[Key];
};

/**
 * `query` in the shape the contract's schema checks: a single value given for a list filter
 * becomes a one-item list (the schema tells which filters are lists: those that take `[value]`
 * with, at worst, issues inside the list), an empty list is left out, and a `next` link given as
 * `cursor` gives its cursor.
 */
export function normalizeQuery(schema: z.ZodMiniObject, query: object): Record<string, unknown> {
  const normal: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    const field = schema.shape[name] as z.ZodMiniType | undefined;
    const listed = field && !Array.isArray(value) && z.safeParse(field, [value]);
    if (value === undefined || (Array.isArray(value) && !value.length)) continue;
    normal[name] =
      listed && (listed.success || listed.error.issues.every((issue) => issue.path.length))
        ? [value]
        : name === 'cursor' && `${value}`.includes('?')
          ? cursorOf(`${value}`)
          : value;
  }
  return normal;
}

/** The cursor in a `next` link (absolute or relative); NzcValidationError when it has none. */
export function cursorOf(next: string): string {
  const cursor = new URL(next, 'http://x').searchParams.get('cursor');
  if (!cursor) throw invalid(next, 'next has no cursor');
  return cursor;
}
