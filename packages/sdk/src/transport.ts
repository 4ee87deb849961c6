import ky, { HTTPError, type Hooks, type KyInstance } from 'ky';
import { Problem } from '@nzc/schema';
import * as z from 'zod/mini';
import { NzcError, NzcHttpError, NzcNetworkError, NzcRateLimitError, NzcTimeoutError, aborted, invalid } from './errors.js';

/** When and how often a failed call is tried again. Only GETs are made, and GETs are idempotent. */
export type RetryPolicy = {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Longest wait between attempts when the API gives no Retry-After, in ms (default 5,000). */
  backoffLimit?: number;
  /**
   * Longest Retry-After the SDK waits for, in ms (default 10,000). When the API asks for longer,
   * the call fails at once with NzcRateLimitError (or NzcHttpError for a 503) instead of hanging.
   */
  maxRetryAfter?: number;
};

export type TransportOptions = {
  baseUrl: string;
  /** Bound on each attempt, from request to the last byte of the body, in ms (default 10,000). */
  timeout?: number;
  /** Bound on the whole call, retries and waits included, in ms (default 30,000). */
  totalTimeout?: number;
  retry?: RetryPolicy | number | false;
  fetch?: typeof globalThis.fetch;
  headers?: Record<string, string>;
  /** ky hooks, for logging or adding headers; see ky's documentation. */
  hooks?: Hooks;
};

/** What any call accepts as its last argument. */
export type CallOptions = {
  /** Cancels the call: the request in flight and any pending retry. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout for this call, in ms. */
  timeout?: number;
  /** Overrides the client's total timeout for this call, in ms. */
  totalTimeout?: number;
  /** Extra request headers for this call. */
  headers?: Record<string, string>;
};

/** A response that arrived in full: its JSON body, or `notModified` for a 304. */
export type RawResponse = { notModified: boolean; etag: string | null; body: unknown };

/** Seconds from a Retry-After header: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return +value;
  const date = Date.parse(value);
  return date === date ? Math.max(0, Math.ceil((date - now) / 1000)) : null;
}

const retryAfter = (response: Response) => parseRetryAfter(response.headers.get('Retry-After'));

/**
 * Makes GET requests with ky: per-attempt and total timeouts that also cover the body, retries
 * with exponential backoff and full jitter, Retry-After honoured up to a cap, and every failure
 * turned into one of the SDK's typed errors.
 */
export class Transport {
  readonly #ky: KyInstance;
  readonly #timeout: number;
  readonly #totalTimeout: number;
  readonly base: string;

  constructor(options: TransportOptions) {
    const retry = options.retry;
    const policy: Required<RetryPolicy> = {
      limit: 2,
      backoffLimit: 5_000,
      maxRetryAfter: 10_000,
      ...(typeof retry === 'object' ? retry : { limit: +(retry ?? 2) }),
    };
    this.#timeout = options.timeout ?? 10_000;
    this.#totalTimeout = options.totalTimeout ?? 30_000;
    // Canonical form (lower-case host, no default port), resolved against the page in browsers.
    this.base = new URL(options.baseUrl, globalThis.location?.href).href.replace(/\/+$/, '');
    this.#ky = ky.create({
      // The body of a success is read inside the attempt: the attempt's timeout covers it, and a
      // connection lost half-way through is retried like any other network error.
      fetch: async (request, init) => {
        const response = await (options.fetch ?? fetch)(request, init);
        return response.ok ? new Response((await response.text()) || null, response) : response;
      },
      headers: { Accept: 'application/json', ...options.headers },
      ...(options.hooks && { hooks: options.hooks }),
      // Credentials are never needed: the data is public, and cookies must never be sent.
      credentials: 'omit',
      // A 304 is an answer to a conditional request, not an error.
      throwHttpErrors: (status) => status !== 304,
      retry: {
        ...policy,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        jitter: true,
        retryOnTimeout: true,
        // Waiting longer than the cap would hold the caller hostage; fail fast and say how long instead.
        shouldRetry: ({ error }) => (error instanceof HTTPError && (retryAfter(error.response) ?? 0) * 1000 > policy.maxRetryAfter ? false : undefined),
      },
    });
  }

  /** Absolute URL for a path under the base URL, e.g. `partners` → `https://host/v1/partners`. */
  url(path: string, params?: URLSearchParams): string {
    const query = params ? `${params}` : '';
    return `${this.base}/${path}${query && '?'}${query}`;
  }

  async get(url: string, options: CallOptions & { etag?: string | null } = {}): Promise<RawResponse> {
    const { signal: outer, etag } = options;
    const timeout = options.timeout ?? this.#timeout;
    const totalTimeout = options.totalTimeout ?? this.#totalTimeout;
    const internal = new AbortController();
    let overdue = false;
    const timer = setTimeout(() => {
      overdue = true;
      internal.abort();
    }, totalTimeout);
    try {
      outer?.throwIfAborted();
      const response = await this.#ky.get(url, {
        signal: outer ? AbortSignal.any([outer, internal.signal]) : internal.signal,
        timeout,
        headers: etag ? { ...options.headers, 'If-None-Match': etag } : options.headers,
      });
      const { headers, status } = response;
      const result = { notModified: status === 304, etag: headers.get('ETag'), body: undefined as unknown };
      if (result.notModified) return result;
      const text = await response.text();
      const type = headers.get('Content-Type');
      if (!/^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(type ?? '')) throw invalid(url, `content type is ${type}`);
      try {
        result.body = JSON.parse(text);
      } catch (error) {
        throw invalid(url, 'body is not JSON', error);
      }
      return result;
    } catch (error) {
      if (error instanceof NzcError) throw error;
      const context = { url, cause: error };
      if (outer?.aborted) throw aborted(url, outer);
      if (overdue || (error as Error)?.name === 'TimeoutError') {
        const bound = overdue ? totalTimeout : timeout;
        throw new NzcTimeoutError(`No answer within ${bound} ms (${url})`, { ...context, timeout: bound });
      }
      if (!(error instanceof HTTPError)) throw new NzcNetworkError(`Network error (${url})`, context);
      const { status, statusText } = error.response;
      const parsed = z.safeParse(Problem, error.data);
      const problem = parsed.success ? parsed.data : null;
      const detail = problem?.detail ?? problem?.title ?? statusText;
      const http = { ...context, status, problem };
      const message = `HTTP ${status}${detail && ` ${detail}`} (${url})`;
      throw status === 429 ? new NzcRateLimitError(message, { ...http, retryAfter: retryAfter(error.response) }) : new NzcHttpError(message, http);
    } finally {
      clearTimeout(timer);
    }
  }
}
