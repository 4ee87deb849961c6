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

/** What `onAttempt` hears after each attempt of a call. */
export type AttemptReport = {
  url: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  /** The HTTP status, or null when the attempt got none (network error, timeout, abort). */
  status: number | null;
  /** Why the attempt got no status; undefined when it got one. */
  error: unknown;
  /** How long the SDK waited before this attempt (backoff or Retry-After), in ms; 0 for the first. */
  wait: number;
  /** How long the attempt took, in ms. */
  duration: number;
};

export type TransportOptions = {
  /** The API's base URL, with its version path: `https://api.example.org/v1`. Relative URLs resolve against the page in browsers. */
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
  /** Called after every attempt of every call, with its status and the wait before it: for logs and debugging. */
  onAttempt?: (report: AttemptReport) => void;
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
  /** Overrides the client's retry policy for this call; `false` or 0 tries once. */
  retry?: RetryPolicy | number | false;
  /** Called after every attempt of this call (as well as the client's own `onAttempt`). */
  onAttempt?: (report: AttemptReport) => void;
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

const asPolicy = (retry: RetryPolicy | number | false | undefined): RetryPolicy =>
  typeof retry === 'object' ? retry : retry === undefined ? {} : { limit: +retry };

/**
 * What a problem says was wrong: each parameter at fault with the API's own detail (which names
 * the value and what it must be), else its detail or title.
 */
const describeProblem = (problem: Problem | null) =>
  problem?.errors?.length ? problem.errors.map((error) => `${error.parameter}: ${error.detail}`).join('; ') : (problem?.detail ?? problem?.title);

/** The canonical base URL (lower-case host, no default port, no trailing slash), or NzcError saying what is wrong. */
function baseOf(baseUrl: string): string {
  try {
    // Resolved against the page in browsers, so `/v1` works there.
    const url = new URL(baseUrl, globalThis.location?.href);
    if (baseUrl && /^https?:$/.test(url.protocol)) return url.href.replace(/\/+$/, '');
  } catch {}
  throw new NzcError(`baseUrl must be the API's http(s) URL, like "https://api.example.org/v1", not ${baseUrl}`);
}

/**
 * Makes GET requests with ky: per-attempt and total timeouts that also cover the body, retries
 * with exponential backoff and full jitter, Retry-After honoured up to a cap, and every failure
 * turned into one of the SDK's typed errors.
 */
export class Transport {
  readonly #ky: KyInstance;
  readonly #options: TransportOptions;
  readonly #timeout: number;
  readonly #totalTimeout: number;
  readonly base: string;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#timeout = options.timeout ?? 10_000;
    this.#totalTimeout = options.totalTimeout ?? 30_000;
    this.base = baseOf(options?.baseUrl);
    this.#ky = ky.create({
      headers: { Accept: 'application/json', ...options.headers },
      hooks: options.hooks,
      // Credentials are never needed: the data is public, and cookies must never be sent.
      credentials: 'omit',
      // A 304 is an answer to a conditional request, not an error.
      throwHttpErrors: (status) => status !== 304,
    });
  }

  /** ky's retry options for a call: the client's policy, overridden by the call's. */
  #retry(call: RetryPolicy | number | false | undefined) {
    const policy: Required<RetryPolicy> = { limit: 2, backoffLimit: 5_000, maxRetryAfter: 10_000, ...asPolicy(this.#options.retry), ...asPolicy(call) };
    return {
      ...policy,
      methods: ['get'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      jitter: true,
      retryOnTimeout: true,
      // Waiting longer than the cap would hold the caller hostage; fail fast and say how long instead.
      shouldRetry: ({ error }: { error: unknown }) => (error instanceof HTTPError && (retryAfter(error.response) ?? 0) * 1000 > policy.maxRetryAfter ? false : undefined),
    };
  }

  /**
   * The fetch of one call. The body of a success is read inside the attempt: the attempt's
   * timeout covers it, and a connection lost half-way through is retried like any other network
   * error. Each attempt is reported to `onAttempt`.
   */
  #fetch(url: string, listeners: ((report: AttemptReport) => void)[]): typeof fetch {
    let attempt = 0;
    let last = 0;
    return async (request, init) => {
      const start = Date.now();
      const report = { url, attempt: ++attempt, status: null, error: undefined, wait: attempt > 1 ? start - last : 0, duration: 0 } as AttemptReport;
      try {
        const response = await (this.#options.fetch ?? fetch)(request, init);
        report.status = response.status;
        return response.ok ? new Response((await response.text()) || null, response) : response;
      } catch (error) {
        report.error = error;
        throw error;
      } finally {
        report.duration = (last = Date.now()) - start;
        for (const listener of listeners) listener(report);
      }
    };
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
    const total = AbortSignal.timeout(totalTimeout);
    try {
      outer?.throwIfAborted();
      const response = await this.#ky.get(url, {
        signal: outer ? AbortSignal.any([outer, total]) : total,
        timeout,
        retry: this.#retry(options.retry),
        fetch: this.#fetch(url, [this.#options.onAttempt, options.onAttempt].filter((listener) => !!listener)),
        // Always an object: ky takes an undefined `headers` as "no headers", the client's too.
        headers: { ...options.headers, ...(etag && { 'If-None-Match': etag }) },
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
      if (total.aborted || (error as Error)?.name === 'TimeoutError') {
        const bound = total.aborted ? totalTimeout : timeout;
        throw new NzcTimeoutError(`No answer within ${bound} ms (${url})`, { ...context, timeout: bound });
      }
      if (!(error instanceof HTTPError)) throw new NzcNetworkError(`Network error (${url})`, context);
      const { status, statusText, headers } = error.response;
      const parsed = z.safeParse(Problem, error.data);
      const problem = parsed.success ? parsed.data : null;
      const http = { ...context, status, problem, headers };
      const message = `HTTP ${status} ${describeProblem(problem) ?? statusText} (GET ${url})`;
      throw status === 429 ? new NzcRateLimitError(message, { ...http, retryAfter: retryAfter(error.response) }) : new NzcHttpError(message, http);
    }
  }
}
