import ky, { HTTPError, type Hooks, type KyInstance } from 'ky';
import { Problem } from '@nzc/schema';
import * as z from 'zod/mini';
import { NzcAbortError, NzcError, NzcHttpError, NzcNetworkError, NzcRateLimitError, NzcTimeoutError, NzcValidationError } from './errors.js';

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

/** A response body that arrived in full, parsed as JSON (undefined for a 304). */
export type RawResponse = { status: 200 | 304; url: string; etag: string | null; body: unknown };

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** Seconds from a Retry-After header: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

const isJson = (contentType: string | null) => contentType !== null && /^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i.test(contentType);

function normalizeRetry(retry: TransportOptions['retry']): Required<RetryPolicy> {
  const defaults = { limit: 2, backoffLimit: 5_000, maxRetryAfter: 10_000 };
  if (retry === false) return { ...defaults, limit: 0 };
  if (typeof retry === 'number') return { ...defaults, limit: retry };
  return { ...defaults, ...retry };
}

/** A deadline that aborts a controller and remembers that it was a timeout. */
function deadline(ms: number, controller: AbortController) {
  const state = { fired: false };
  const timer = setTimeout(() => {
    state.fired = true;
    controller.abort();
  }, ms);
  return { state, clear: () => clearTimeout(timer) };
}

/**
 * Makes GET requests with ky: per-attempt and total timeouts that also cover the body, retries
 * with exponential backoff and full jitter, Retry-After honoured up to a cap, and every failure
 * turned into one of the SDK's typed errors.
 */
export class Transport {
  readonly #ky: KyInstance;
  readonly #timeout: number;
  readonly #totalTimeout: number;
  readonly #baseUrl: string;

  constructor(options: TransportOptions) {
    const retry = normalizeRetry(options.retry);
    this.#timeout = options.timeout ?? 10_000;
    this.#totalTimeout = options.totalTimeout ?? 30_000;
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#ky = ky.create({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      headers: { Accept: 'application/json', ...options.headers },
      ...(options.hooks ? { hooks: options.hooks } : {}),
      // Credentials are never needed: the data is public, and cookies must never be sent.
      credentials: 'omit',
      // A 304 is an answer to a conditional request, not an error.
      throwHttpErrors: (status) => status !== 304,
      retry: {
        limit: retry.limit,
        methods: ['get'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        backoffLimit: retry.backoffLimit,
        jitter: true,
        retryOnTimeout: true,
        // Waiting longer than the cap would hold the caller hostage; fail fast and say how long instead.
        shouldRetry: ({ error }) => {
          if (!(error instanceof HTTPError)) return undefined;
          const seconds = parseRetryAfter(error.response.headers.get('Retry-After'));
          return seconds !== null && seconds * 1000 > retry.maxRetryAfter ? false : undefined;
        },
      },
    });
  }

  /** Absolute URL for a path under the base URL, e.g. `partners` → `https://host/v1/partners`. */
  url(path: string, params?: URLSearchParams): string {
    const query = params && [...params.keys()].length > 0 ? `?${params}` : '';
    return `${this.#baseUrl}/${path}${query}`;
  }

  /** True when `url` lies under the base URL; `next` links elsewhere are never followed. */
  owns(url: string): boolean {
    try {
      const target = new URL(url);
      const base = new URL(`${this.#baseUrl}/`);
      return target.origin === base.origin && target.pathname.startsWith(base.pathname);
    } catch {
      return false;
    }
  }

  async get(url: string, options: CallOptions & { etag?: string | null } = {}): Promise<RawResponse> {
    const timeout = options.timeout ?? this.#timeout;
    const totalTimeout = options.totalTimeout ?? this.#totalTimeout;
    const internal = new AbortController();
    const total = deadline(totalTimeout, internal);
    let body: { state: { fired: boolean }; clear(): void } | undefined;
    const signal = options.signal ? AbortSignal.any([options.signal, internal.signal]) : internal.signal;
    try {
      options.signal?.throwIfAborted();
      const headers: Record<string, string> = { ...options.headers };
      if (options.etag) headers['If-None-Match'] = options.etag;
      const response = await this.#ky.get(url, { signal, timeout, headers });
      const etag = response.headers.get('ETag');
      if (response.status === 304) return { status: 304, url, etag, body: undefined };
      // ky's timeout ends when the headers arrive; the body gets what is left of the attempt's time.
      body = deadline(timeout, internal);
      const text = await response.text();
      if (!isJson(response.headers.get('Content-Type'))) {
        throw new NzcValidationError(`Expected JSON from ${url}, got ${response.headers.get('Content-Type') ?? 'no content type'}`, {
          url,
          issues: [{ path: [], message: `content type is ${response.headers.get('Content-Type') ?? 'missing'}` }],
        });
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new NzcValidationError(`The response from ${url} is not valid JSON`, { url, cause: error, issues: [{ path: [], message: 'body is not valid JSON' }] });
      }
      return { status: 200, url, etag, body: parsed };
    } catch (error) {
      if (error instanceof NzcError) throw error;
      if (options.signal?.aborted) throw new NzcAbortError(`The call to ${url} was aborted`, { url, cause: options.signal.reason });
      if (total.state.fired) throw new NzcTimeoutError(`No complete answer from ${url} within ${totalTimeout} ms`, { url, cause: error, timeout: totalTimeout });
      if (body?.state.fired || (error instanceof Error && error.name === 'TimeoutError')) {
        throw new NzcTimeoutError(`An attempt to reach ${url} took longer than ${timeout} ms`, { url, cause: error, timeout });
      }
      if (error instanceof HTTPError) throw await httpError(error, url);
      throw new NzcNetworkError(`Could not reach ${url}`, { url, cause: error });
    } finally {
      total.clear();
      body?.clear();
    }
  }
}

async function httpError(error: HTTPError, url: string): Promise<NzcHttpError> {
  const { status, headers } = error.response;
  const parsed = z.safeParse(Problem, error.data);
  const problem = parsed.success ? parsed.data : null;
  const detail = problem?.detail ?? problem?.title ?? error.response.statusText;
  const message = `The API answered ${status}${detail ? `: ${detail}` : ''} (${url})`;
  if (status === 429) {
    return new NzcRateLimitError(message, { url, cause: error, status, problem, retryAfter: parseRetryAfter(headers.get('Retry-After')) });
  }
  return new NzcHttpError(message, { url, cause: error, status, problem });
}
