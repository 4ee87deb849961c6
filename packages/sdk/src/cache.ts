import { NzcHttpError, NzcNetworkError, NzcTimeoutError, aborted } from './errors.js';

/** In-memory caching of responses. The SDK never writes to cookies or Web Storage. */
export type CacheOptions = {
  /** How long a response is served from memory without asking the API, in ms (default 0). */
  maxAge?: number;
  /**
   * How long after `maxAge` a response may still be served at once while one background
   * request refreshes it, in ms (default 0).
   */
  staleWhileRevalidate?: number;
  /**
   * When the API cannot be reached (network error, timeout, 5xx), serve the last good data,
   * marked `stale` in {@link getResponseMeta}, instead of failing (default false).
   */
  staleIfError?: boolean;
  /** Most responses kept (default 200); the least recently used goes first. */
  maxEntries?: number;
};

export type Entry<T> = { value: T; etag: string | null; fetchedAt: number };

/** What a fetch produced: a new value, or confirmation (304) that the cached one still holds. */
export type Fetched<T> = { notModified: true } | { notModified: false; entry: Entry<T> };

type Flight<T> = { promise: Promise<Entry<T>>; controller: AbortController; waiters: number };

export type Loaded<T> = { entry: Entry<T>; stale: boolean; error: unknown };

const canServeStale = (error: unknown) =>
  error instanceof NzcNetworkError || error instanceof NzcTimeoutError || (error instanceof NzcHttpError && error.status >= 500);

/**
 * Shares identical in-flight requests between callers, and keeps responses in memory for
 * max-age, stale-while-revalidate, conditional revalidation and stale-if-error.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry<unknown>>();
  readonly #flights = new Map<string, Flight<unknown>>();
  readonly #options: CacheOptions | false;

  constructor(options: CacheOptions | false = {}) {
    this.#options = options;
  }

  /**
   * The response for `url`: from memory while fresh, else from `fetch` (shared with every other
   * caller of the same URL). `fetch` receives the cached ETag to revalidate with, and a signal
   * that aborts only when every caller waiting for it has gone.
   */
  async load<T>(
    url: string,
    fetch: (etag: string | null, signal: AbortSignal) => Promise<Fetched<T>>,
    signal: AbortSignal | undefined,
  ): Promise<Loaded<T>> {
    if (signal?.aborted) throw aborted(url, signal);
    const { maxAge = 0, staleWhileRevalidate = 0, staleIfError } = this.#options || {};
    const cached = this.#entries.get(url) as Entry<T> | undefined;
    const age = cached ? Date.now() - cached.fetchedAt : Infinity;
    const flights = this.#flights;
    let flight = flights.get(url) as Flight<T> | undefined;
    if (age >= maxAge && !flight) {
      const controller = new AbortController();
      const promise = fetch(cached?.etag ?? null, controller.signal).then((fetched) => {
        const entry = fetched.notModified ? cached && { ...cached, fetchedAt: Date.now() } : fetched.entry;
        // A 304 that the SDK did not ask for (no cached copy) cannot be used.
        if (!entry) throw new NzcHttpError(`HTTP 304 without a cached copy (${url})`, { url, status: 304, problem: null });
        this.#remember(url, entry);
        return entry;
      });
      const created: Flight<T> = (flight = { promise, controller, waiters: 0 });
      flights.set(url, created as Flight<unknown>);
      const land = () => flights.get(url) === created && flights.delete(url);
      promise.then(land, land);
    }
    // Fresh, or within stale-while-revalidate: served at once (the flight above refreshes it).
    if (cached && age < maxAge + staleWhileRevalidate) {
      this.#remember(url, cached);
      return { entry: cached, stale: false, error: null };
    }
    flight = flight!;
    flight.waiters += 1;
    try {
      return {
        entry: await new Promise<Entry<T>>((resolve, reject) => {
          const onAbort = () => reject(aborted(url, signal!));
          signal?.addEventListener('abort', onAbort);
          flight!.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
        }),
        stale: false,
        error: null,
      };
    } catch (error) {
      if (staleIfError && cached && canServeStale(error)) return { entry: cached, stale: true, error };
      throw error;
    } finally {
      // The last caller to leave takes the request with it; later callers start a new one.
      if (!--flight.waiters && signal?.aborted) {
        if (flights.get(url) === flight) flights.delete(url);
        flight.controller.abort();
      }
    }
  }

  #remember(url: string, entry: Entry<unknown>) {
    const entries = this.#entries;
    if (!this.#options) return;
    entries.delete(url);
    entries.set(url, entry);
    if (entries.size > (this.#options.maxEntries ?? 200)) entries.delete(entries.keys().next().value!);
  }

  /** Forgets every stored response. */
  clear(): void {
    this.#entries.clear();
  }
}
