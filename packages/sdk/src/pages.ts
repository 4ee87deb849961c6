import { NzcError, invalid } from './errors.js';
import type { CallOptions } from './transport.js';

/**
 * One page of a list, with the way to the next one. Iterating it with `for await` yields its
 * items and those of every page after it, fetched one page at a time as the loop asks.
 *
 * @example
 * ```ts
 * let page = await nzc.cities.list({ limit: 20 });
 * const names = page.data.map((city) => city.name);
 * while (page.hasNextPage()) {
 *   page = await page.nextPage();
 *   names.push(...page.data.map((city) => city.name));
 * }
 * for await (const city of await nzc.cities.list({ country: 'DE' })) console.log(city.name);
 * ```
 */
export type Page<T> = {
  data: T[];
  /** How many items match the query, on all pages. */
  total: number;
  /** The API's link to the next page, or null on the last one. Give it to `list({ cursor })`, or call `nextPage()`. */
  next: string | null;
  /** True when there is a page after this one. */
  hasNextPage(): boolean;
  /**
   * The next page, for the same query; its options default to this page's. Fails with NzcError
   * when there is none (check `hasNextPage()`).
   */
  nextPage(options?: CallOptions): Promise<Page<T>>;
  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined>;
};

/** What `all()` returns: an async generator over every item, and `toArray()` to collect them. */
export type AllItems<T> = AsyncGenerator<T, void, undefined> & {
  /**
   * Every item in one array. Fails with NzcError, before fetching more than the first page, when
   * the query matches more than `max` items (default 10,000): a list that large belongs in a loop.
   */
  toArray(options?: { max?: number }): Promise<T[]>;
};

type PageData<T> = { data: T[]; total: number; next: string | null };

/**
 * Gives a loaded page its methods, as properties that are not enumerable: the page still
 * compares, spreads and serialises as the plain data the API sent. `follow` loads the page a
 * `next` link points to.
 */
export function asPage<T>(
  page: PageData<T>,
  follow: (next: string, options?: CallOptions) => Promise<Page<T>>,
  options?: CallOptions,
): Page<T> {
  return Object.defineProperties(page as Page<T>, {
    hasNextPage: { value: () => page.next !== null },
    nextPage: {
      value: async (call = options) => {
        if (page.next === null) throw new NzcError('No next page: this is the last (check hasNextPage() first)');
        return follow(page.next, call);
      },
    },
    [Symbol.asyncIterator]: {
      async *value() {
        // A server that keeps sending the same `next` would otherwise loop forever.
        const seen = new Set<string | null>();
        for (let current = page as Page<T>; ; current = await current.nextPage()) {
          yield* current.data;
          if (seen.has(current.next)) throw invalid(current.next!, 'next repeats a page already read');
          if (current.next === null) return;
          seen.add(current.next);
        }
      },
    },
  });
}

/** Every item from the first page that `first` loads, as {@link AllItems}. */
export function allItems<T>(first: () => Promise<Page<T>>): AllItems<T> {
  return Object.assign(
    (async function* () {
      yield* await first();
    })(),
    {
      async toArray({ max = 10_000 } = {}) {
        const page = await first();
        if (page.total > max)
          throw new NzcError(
            `${page.total} items is more than toArray({ max: ${max} }) collects: narrow the query, raise max, or loop with for await`,
          );
        const items: T[] = [];
        for await (const item of page) items.push(item);
        return items;
      },
    },
  );
}
