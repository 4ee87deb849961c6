import type { ProblemError } from '@nzc/schema';
import { queryLimits } from '@nzc/schema';

/**
 * Cursors are opaque to clients; here they carry the offset of the page's first item.
 * The dataset is immutable for a given release, so an offset is a stable position.
 */
const CURSOR = /^o([0-9a-z]{1,7})$/;

export const encodeCursor = (offset: number) => `o${offset.toString(36)}`;

export function decodeCursor(cursor: string | undefined, total: number): { offset: number } | { error: ProblemError } {
  if (cursor === undefined) return { offset: 0 };
  const match = CURSOR.exec(cursor);
  const offset = match ? Number.parseInt(match[1]!, 36) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > total) {
    return { error: { parameter: 'cursor', detail: 'is not a cursor of this list; take it from the next URL of the previous page' } };
  }
  return { offset };
}

export type Page<Item> = { data: Item[]; total: number; next: string | null };

/** Cuts one page out of `items`; `next` repeats the request's own parameters with a new cursor. */
export function paginate<Item>(items: Item[], offset: number, limit: number | undefined, requestUrl: URL): Page<Item> {
  const size = limit ?? queryLimits.defaultLimit;
  const end = offset + size;
  let next: string | null = null;
  if (end < items.length) {
    const url = new URL(requestUrl.href);
    url.searchParams.delete('cursor');
    url.searchParams.append('cursor', encodeCursor(end));
    next = url.href;
  }
  return { data: items.slice(offset, end), total: items.length, next };
}
