import { NzcAbortError, NzcHttpError, NzcNetworkError, NzcTimeoutError } from './errors.js';

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
export type Fetched<T> = { notModified: true; etag: string | null } | { notModified: false; entry: Entry<T> };

type Flight<T> = { promise: Promise<Entry<T>>; controller: AbortController; waiters: number };

export type Loaded<T> = { entry: Entry<T>; stale: boolean; error: unknown };

const canServeStale = (error: unknown) =>
  error instanceof NzcNetworkError || error instanceof NzcTimeoutError || (error instanceof NzcHttpError && error.status >= 500);

/** Waits for `promise`, but rejects with NzcAbortError as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, url: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new NzcAbortError(`The call to ${url} was aborted`, { url, cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new NzcAbortError(`The call to ${url} was aborted`, { url, cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Shares identical in-flight requests between callers, and keeps responses in memory for
 * max-age, stale-while-revalidate, conditional revalidation and stale-if-error.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry<unknown>>();
  readonly #flights = new Map<string, Flight<unknown>>();
  readonly #maxAge: number;
  readonly #staleWhileRevalidate: number;
  readonly #staleIfError: boolean;
  readonly #maxEntries: number;
  readonly #store: boolean;

  constructor(options: CacheOptions | false) {
    this.#store = options !== false;
    const settings = options || {};
    this.#maxAge = settings.maxAge ?? 0;
    this.#staleWhileRevalidate = settings.staleWhileRevalidate ?? 0;
    this.#staleIfError = settings.staleIfError ?? false;
    this.#maxEntries = settings.maxEntries ?? 200;
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
    const cached = this.#entries.get(url) as Entry<T> | undefined;
    const age = cached ? Date.now() - cached.fetchedAt : Infinity;
    if (cached && age < this.#maxAge) return { entry: cached, stale: false, error: null };
    if (cached && age < this.#maxAge + this.#staleWhileRevalidate) {
      // Serve at once; refresh in the background, sharing any refresh already under way.
      const flight = this.#flight(url, fetch, cached);
      flight.promise.catch(() => undefined);
      return { entry: cached, stale: false, error: null };
    }
    const flight = this.#flight(url, fetch, cached);
    flight.waiters += 1;
    try {
      return { entry: await abortable(flight.promise, signal, url), stale: false, error: null };
    } catch (error) {
      if (this.#staleIfError && cached && canServeStale(error)) return { entry: cached, stale: true, error };
      throw error;
    } finally {
      flight.waiters -= 1;
      // The last caller to leave takes the request with it.
      if (flight.waiters === 0 && signal?.aborted) flight.controller.abort();
    }
  }

  #flight<T>(url: string, fetch: (etag: string | null, signal: AbortSignal) => Promise<Fetched<T>>, cached: Entry<T> | undefined): Flight<T> {
    const existing = this.#flights.get(url) as Flight<T> | undefined;
    if (existing) return existing;
    const controller = new AbortController();
    const promise = fetch(cached?.etag ?? null, controller.signal).then((fetched) => {
      const entry: Entry<T> = fetched.notModified && cached ? { ...cached, fetchedAt: Date.now() } : (fetched as { entry: Entry<T> }).entry;
      this.#remember(url, entry);
      return entry;
    });
    const flight: Flight<T> = { promise, controller, waiters: 0 };
    this.#flights.set(url, flight as Flight<unknown>);
    const land = () => {
      if (this.#flights.get(url) === (flight as Flight<unknown>)) this.#flights.delete(url);
    };
    promise.then(land, land);
    return flight;
  }

  #remember(url: string, entry: Entry<unknown>) {
    if (!this.#store) return;
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
  }

  /** Forgets every stored response. */
  clear(): void {
    this.#entries.clear();
  }
}
