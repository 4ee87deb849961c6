import type { Problem } from '@nzc/schema';

/**
 * Every instance carries the names of its classes under a global symbol, and `instanceof`
 * reads them. So `error instanceof NzcHttpError` holds even when the error was made by
 * another copy of this SDK on the page (two bundles, two versions), which a prototype check
 * cannot see.
 */
const KINDS = Symbol.for('@nzc/sdk.error-kinds');

type Kinded = { [KINDS]?: readonly string[] };

function hasKind(value: unknown, kind: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const kinds = (value as Kinded)[KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}

/** The base class of every error the SDK throws. */
export class NzcError extends Error {
  /** Stable name of the class, used for `instanceof` across copies of the SDK. */
  static readonly kind: string = 'NzcError';

  static override [Symbol.hasInstance](value: unknown): boolean {
    // A subclass made by an application (no `kind` of its own) is checked by prototype as usual.
    return Object.hasOwn(this, 'kind') ? hasKind(value, this.kind) : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  declare readonly [KINDS]: readonly string[];

  /** The URL of the request that failed, when there was one. */
  readonly url: string | undefined;
  /** The method of the request that failed (always `GET`: the API is read-only), when there was one. */
  readonly method: string | undefined;

  constructor(message: string, options: { url?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const kinds: string[] = [];
    for (let type = new.target as { kind?: string } | null; type && typeof type.kind === 'string'; type = Object.getPrototypeOf(type)) {
      if (!kinds.includes(type.kind)) kinds.push(type.kind);
    }
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds) });
    this.name = kinds[0] ?? 'NzcError';
    this.url = options.url;
    this.method = options.url && 'GET';
  }
}

/** The request never got an HTTP answer: DNS, connection refused, reset, offline, CORS. */
export class NzcNetworkError extends NzcError {
  static override readonly kind: string = 'NzcNetworkError';
}

/** An attempt, or the whole call with its retries, took longer than its time bound. */
export class NzcTimeoutError extends NzcError {
  static override readonly kind: string = 'NzcTimeoutError';
  /** The bound that was exceeded, in milliseconds. */
  readonly timeout: number;
  constructor(message: string, options: { url?: string; cause?: unknown; timeout: number }) {
    super(message, options);
    this.timeout = options.timeout;
  }
}

type HttpErrorOptions = { url?: string; cause?: unknown; status: number; problem: Problem | null; headers?: Headers };

/**
 * The API answered with an error status; `problem` is its RFC 9457 body when it sent one, and
 * the message repeats what the problem says was wrong with which parameter.
 */
export class NzcHttpError extends NzcError {
  static override readonly kind: string = 'NzcHttpError';
  readonly status: number;
  /** The parsed `application/problem+json` body, or null when the body was not one. */
  readonly problem: Problem | null;
  /** The response's headers (empty when there was no response to read them from). */
  readonly headers: Headers;
  /** The API's `X-Request-Id` for this request, to quote when reporting the error; null when it sent none. */
  readonly requestId: string | null;
  constructor(message: string, options: HttpErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.problem = options.problem;
    this.headers = options.headers ?? new Headers();
    this.requestId = this.headers.get('X-Request-Id');
  }
}

/** 429: the API asks to slow down; `retryAfter` is how long, in seconds, when it said. */
export class NzcRateLimitError extends NzcHttpError {
  static override readonly kind: string = 'NzcRateLimitError';
  readonly retryAfter: number | null;
  constructor(message: string, options: HttpErrorOptions & { retryAfter: number | null }) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }
}

/** One way in which a response (or a query) does not fit the contract. */
export type ValidationIssue = { path: (string | number)[]; message: string };

/** A response (or a query given to the SDK) does not fit the contract; `issues` says where. */
export class NzcValidationError extends NzcError {
  static override readonly kind: string = 'NzcValidationError';
  readonly issues: ValidationIssue[];
  constructor(message: string, options: { url?: string; cause?: unknown; issues: ValidationIssue[] }) {
    super(message, options);
    this.issues = options.issues;
  }
}

/** The caller's AbortSignal cancelled the call. */
export class NzcAbortError extends NzcError {
  static override readonly kind: string = 'NzcAbortError';
}

/** A validation error with one issue at the root: `message (url)`. */
export const invalid = (url: string, message: string, cause?: unknown): NzcValidationError =>
  new NzcValidationError(`Invalid response: ${message} (${url})`, { url, cause, issues: [{ path: [], message }] });

/** The error for a call that the caller's signal cancelled. */
export const aborted = (url: string, signal: AbortSignal): NzcAbortError => new NzcAbortError(`Aborted (${url})`, { url, cause: signal.reason });
