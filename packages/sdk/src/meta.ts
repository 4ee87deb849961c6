import type { SkippedItem } from './validate.js';

/** What the SDK knows about how a result was obtained. */
export type ResponseMeta = {
  /** True when the result is last good data served because the API could not be reached. */
  stale: boolean;
  /** When the data was last confirmed by the API (ms since the epoch). */
  fetchedAt: number;
  /** The ETag of the representation, when the API sent one. */
  etag: string | null;
  /** List items dropped because they did not fit the contract (empty for non-lists). */
  skipped: SkippedItem[];
  /** The error that made the SDK serve stale data, when it did. */
  error: unknown;
};

const metas = new WeakMap<object, ResponseMeta>();

/** Attaches meta to a result object without adding a property to it. */
export function attachMeta<T extends object>(result: T, meta: ResponseMeta): T {
  metas.set(result, meta);
  return result;
}

/**
 * How a result was obtained: whether it is stale (served from memory because the API could not
 * be reached), when it was fetched, and which list items were dropped as invalid.
 *
 * @example
 * ```ts
 * const page = await client.partners.list({ theme: ['mobility'] });
 * if (getResponseMeta(page)?.stale) showBanner('Showing saved data');
 * ```
 */
export function getResponseMeta(result: object): ResponseMeta | undefined {
  return metas.get(result);
}
