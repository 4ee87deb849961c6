/**
 * The fault matrix: what the SDK does when the network or the API misbehaves. Each case states
 * the error the caller gets, how many attempts reached the API, and a bound on the time taken.
 * Faults are msw handlers layered over the real API handler (or, for connection refused and a
 * body cut off mid-stream, real sockets); small timeouts keep the matrix fast.
 */
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import citiesData from '@nzc/api/data/cities.json' with { type: 'json' };
import {
  createClient,
  NzcAbortError,
  NzcHttpError,
  NzcNetworkError,
  NzcRateLimitError,
  NzcTimeoutError,
  NzcValidationError,
  type CallOptions,
  type ClientOptions,
  type City,
  type NzcError,
  type Page,
} from '../src/index.js';
import { apiAnswer, baseUrl, collectUnhandledRejections, sleep, useMockApi } from './helpers/mock-api.js';

const api = useMockApi({ keepHandlers: true });
const rejections = collectUnhandledRejections();

const fast = { baseUrl, timeout: 200, totalTimeout: 5_000, retry: { limit: 2, backoffLimit: 50, maxRetryAfter: 2_000 }, cache: false } satisfies ClientOptions;

type Respond = (hit: number, request: Request) => Response | Promise<Response> | undefined | Promise<Response | undefined>;

/**
 * Each case owns the `/cities?q=<name>` request: its handler answers those and counts them;
 * returning undefined lets the real API answer.
 */
const cases = new Map<string, { respond: Respond; hits: number; signals: AbortSignal[] }>();

before(() => {
  api.server.use(
    http.get(`${baseUrl}/cities`, ({ request }) => {
      const fault = cases.get(new URL(request.url).searchParams.get('q') ?? '');
      if (!fault) return undefined;
      fault.hits += 1;
      fault.signals.push(request.signal);
      return fault.respond(fault.hits, request);
    }),
  );
});

type Outcome = { result?: Page<City>; error?: unknown; elapsed: number; hits: () => number };

async function run(name: string, respond: Respond, options: Partial<ClientOptions> = {}, call: CallOptions = {}): Promise<Outcome> {
  const fault = { respond, hits: 0, signals: [] as AbortSignal[] };
  cases.set(name, fault);
  const client = createClient({ ...fast, ...options });
  const start = performance.now();
  try {
    const result = await client.cities.list({ q: name }, call);
    return { result, elapsed: performance.now() - start, hits: () => fault.hits };
  } catch (error) {
    return { error, elapsed: performance.now() - start, hits: () => fault.hits };
  }
}

/** Asserts the outcome failed with exactly `type` (not a subclass, unless it is `type`'s own). */
function failed<T extends NzcError>(outcome: Outcome, type: abstract new (...args: never[]) => T): T {
  assert.ok(outcome.error instanceof type, `expected ${type.name}, got ${String(outcome.error)}`);
  assert.equal((outcome.error as Error).name, type.name);
  return outcome.error as T;
}

const problem = (status: number, title: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title, status }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
const json = (body: string) => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
/** The real API's answer for the case's query, read before the case's handler is in place. */
const emptyPage = (q: string) => apiAnswer(`${baseUrl}/cities?q=${encodeURIComponent(q)}`).then((answer) => answer.body);

describe('fault matrix', { concurrency: true }, () => {
  test('connection refused (a real closed port): NzcNetworkError after 3 attempts, within 1 s', async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    let attempts = 0;
    const outcome = await run('refused', () => undefined, {
      baseUrl: `http://127.0.0.1:${port}/v1`,
      fetch: (input, init) => {
        attempts += 1;
        return fetch(input, init);
      },
    });
    const error = failed(outcome, NzcNetworkError);
    assert.equal(error.url, `http://127.0.0.1:${port}/v1/cities?q=refused`);
    assert.equal(attempts, 3);
    assert.ok(outcome.elapsed < 1_000, `${outcome.elapsed} ms`);
  });

  test('network error: NzcNetworkError after 3 attempts, within 1 s', async () => {
    const outcome = await run('network-error', () => HttpResponse.error());
    failed(outcome, NzcNetworkError);
    assert.equal(outcome.hits(), 3);
    assert.ok(outcome.elapsed < 1_000);
  });

  test('network error once, then the answer: the retry succeeds', async () => {
    const expected = await emptyPage('network-error-once');
    const outcome = await run('network-error-once', (hit) => (hit === 1 ? HttpResponse.error() : undefined));
    assert.deepStrictEqual(outcome.result, expected);
    assert.equal(outcome.hits(), 2);
  });

  test('no headers within the timeout: NzcTimeoutError after 3 attempts of 200 ms, within 1.5 s', async () => {
    const outcome = await run('timeout', async () => {
      await delay(1_000);
      return undefined;
    });
    const error = failed(outcome, NzcTimeoutError);
    assert.equal(error.timeout, 200);
    assert.equal(outcome.hits(), 3);
    assert.ok(outcome.elapsed >= 590 && outcome.elapsed < 1_500, `${outcome.elapsed} ms`);
  });

  test('a timeout once, then the answer: the retry succeeds', async () => {
    const expected = await emptyPage('timeout-once');
    const outcome = await run('timeout-once', async (hit) => {
      if (hit === 1) await delay(1_000);
      return undefined;
    });
    assert.deepStrictEqual(outcome.result, expected);
    assert.equal(outcome.hits(), 2);
    assert.ok(outcome.elapsed >= 190 && outcome.elapsed < 1_000);
  });

  test('headers at once but the body trickles for 1 s: NzcTimeoutError after 3 attempts, within 1.5 s', async () => {
    const encoder = new TextEncoder();
    const outcome = await run('slow-body', () => {
      let timer: ReturnType<typeof setInterval>;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          let sent = 0;
          controller.enqueue(encoder.encode('{"data":[],'));
          timer = setInterval(() => {
            controller.enqueue(encoder.encode(' '));
            if (++sent === 40) {
              clearInterval(timer);
              controller.enqueue(encoder.encode('"total":0,"next":null}'));
              controller.close();
            }
          }, 25);
        },
        cancel: () => clearInterval(timer),
      });
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
    });
    const error = failed(outcome, NzcTimeoutError);
    assert.equal(error.timeout, 200);
    assert.equal(outcome.hits(), 3);
    assert.ok(outcome.elapsed >= 590 && outcome.elapsed < 1_500, `${outcome.elapsed} ms`);
  });

  for (const status of [408, 500, 502, 504]) {
    test(`${status}: NzcHttpError ${status} after 3 attempts, within 1 s`, async () => {
      const outcome = await run(`status-${status}`, () => problem(status, `Failure ${status}`));
      const error = failed(outcome, NzcHttpError);
      assert.equal(error.status, status);
      assert.deepStrictEqual(error.problem, { type: 'about:blank', title: `Failure ${status}`, status });
      assert.match(error.message, new RegExp(`${status}`));
      assert.equal(outcome.hits(), 3);
      assert.ok(outcome.elapsed < 1_000);
    });
  }

  test('502 with an HTML page: NzcHttpError with no problem', async () => {
    const outcome = await run('bad-gateway-html', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = failed(outcome, NzcHttpError);
    assert.equal(error.status, 502);
    assert.equal(error.problem, null);
    assert.equal(outcome.hits(), 3);
  });

  for (const status of [400, 404]) {
    test(`${status} is not retried: 1 attempt`, async () => {
      const outcome = await run(`status-${status}`, () => problem(status, 'No'));
      assert.equal(failed(outcome, NzcHttpError).status, status);
      assert.equal(outcome.hits(), 1);
    });
  }

  test('500 once, then the answer: the retry succeeds', async () => {
    const expected = await emptyPage('status-500-once');
    const outcome = await run('status-500-once', (hit) => (hit === 1 ? problem(500, 'Oops') : undefined));
    assert.deepStrictEqual(outcome.result, expected);
    assert.equal(outcome.hits(), 2);
  });

  test('429 with Retry-After: 1 (seconds): waits 1 s, then NzcRateLimitError with retryAfter 1', async () => {
    const outcome = await run('rate-seconds', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }), { retry: { ...fast.retry, limit: 1 } });
    const error = failed(outcome, NzcRateLimitError);
    assert.ok(error instanceof NzcHttpError);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfter, 1);
    assert.equal(outcome.hits(), 2);
    assert.ok(outcome.elapsed >= 950 && outcome.elapsed < 2_000, `${outcome.elapsed} ms`);
  });

  test('429 with Retry-After: 1 once, then the answer: waits 1 s and succeeds', async () => {
    const expected = await emptyPage('rate-once');
    const outcome = await run('rate-once', (hit) => (hit === 1 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }) : undefined));
    assert.deepStrictEqual(outcome.result, expected);
    assert.equal(outcome.hits(), 2);
    assert.ok(outcome.elapsed >= 950 && outcome.elapsed < 2_000, `${outcome.elapsed} ms`);
  });

  test('429 with Retry-After as an HTTP date: waits until then, then NzcRateLimitError', async () => {
    const outcome = await run(
      'rate-date',
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 2_000).toUTCString() } }),
      { retry: { ...fast.retry, limit: 1 } },
    );
    const error = failed(outcome, NzcRateLimitError);
    // The date has whole seconds, so it lies 1 to 2 s ahead.
    assert.ok(error.retryAfter === 1 || error.retryAfter === 2, String(error.retryAfter));
    assert.equal(outcome.hits(), 2);
    assert.ok(outcome.elapsed >= 950 && outcome.elapsed < 3_000, `${outcome.elapsed} ms`);
  });

  test('429 with a Retry-After above the cap fails fast: 1 attempt, NzcRateLimitError with retryAfter', async () => {
    const outcome = await run('rate-over-cap', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    const error = failed(outcome, NzcRateLimitError);
    assert.equal(error.retryAfter, 120);
    assert.equal(outcome.hits(), 1);
    assert.ok(outcome.elapsed < 300, `${outcome.elapsed} ms`);
  });

  test('429 with an HTTP date above the cap fails fast too', async () => {
    const outcome = await run('rate-date-over-cap', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 600_000).toUTCString() } }));
    const error = failed(outcome, NzcRateLimitError);
    assert.ok(error.retryAfter! >= 599);
    assert.equal(outcome.hits(), 1);
    assert.ok(outcome.elapsed < 300);
  });

  test('a RateLimit-Reset header (no Retry-After) is waited on only up to the cap', async () => {
    const outcome = await run('rate-reset', () => new HttpResponse(null, { status: 429, headers: { 'RateLimit-Reset': '600' } }), {
      retry: { limit: 1, backoffLimit: 50, maxRetryAfter: 300 },
    });
    assert.equal(failed(outcome, NzcRateLimitError).retryAfter, null);
    assert.equal(outcome.hits(), 2);
    assert.ok(outcome.elapsed >= 290 && outcome.elapsed < 1_000, `${outcome.elapsed} ms`);
  });

  test('503 with Retry-After: 1: waits 1 s, then NzcHttpError 503 (not a rate limit)', async () => {
    const outcome = await run(
      'unavailable',
      () => problem(503, 'Maintenance', { 'Retry-After': '1' }),
      { retry: { ...fast.retry, limit: 1 } },
    );
    const error = failed(outcome, NzcHttpError);
    assert.ok(!(error instanceof NzcRateLimitError));
    assert.equal(error.status, 503);
    assert.equal(error.problem?.title, 'Maintenance');
    assert.equal(outcome.hits(), 2);
    assert.ok(outcome.elapsed >= 950 && outcome.elapsed < 2_000, `${outcome.elapsed} ms`);
  });

  test('503 with a Retry-After above the cap fails fast: 1 attempt', async () => {
    const outcome = await run('unavailable-long', () => problem(503, 'Maintenance', { 'Retry-After': '3600' }));
    assert.equal(failed(outcome, NzcHttpError).status, 503);
    assert.equal(outcome.hits(), 1);
    assert.ok(outcome.elapsed < 300);
  });

  test('invalid JSON: NzcValidationError, 1 attempt', async () => {
    const outcome = await run('invalid-json', () => json('{"data": [}'));
    const error = failed(outcome, NzcValidationError);
    assert.ok(error.cause instanceof SyntaxError);
    assert.equal(outcome.hits(), 1);
  });

  test('an HTML page with status 200: NzcValidationError naming the content type, 1 attempt', async () => {
    const outcome = await run('html', () => new HttpResponse('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    const error = failed(outcome, NzcValidationError);
    assert.match(error.issues[0]!.message, /text\/html/);
    assert.equal(outcome.hits(), 1);
  });

  test('a JSON body cut short (complete message): NzcValidationError, 1 attempt', async () => {
    const full = JSON.stringify(await emptyPage('cut'));
    const outcome = await run('cut', () => json(full.slice(0, full.length - 5)));
    failed(outcome, NzcValidationError);
    assert.equal(outcome.hits(), 1);
  });

  test('a body cut off mid-stream by the server (real socket): NzcNetworkError after 3 attempts, within 1 s', async () => {
    let hits = 0;
    const server: Server = createHttpServer((_request, response) => {
      hits += 1;
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000' });
      response.write('{"data":[{"slug":"a');
      setTimeout(() => response.destroy(), 5);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const outcome = await run('truncated', () => undefined, { baseUrl: `http://127.0.0.1:${port}/v1` });
      failed(outcome, NzcNetworkError);
      assert.equal(hits, 3);
      assert.ok(outcome.elapsed < 1_000);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a body that breaks the schema: NzcValidationError with every issue, 1 attempt', async () => {
    const outcome = await run('schema', () => json(JSON.stringify({ data: 'none', total: -1, next: 'javascript:alert(1)' })));
    const error = failed(outcome, NzcValidationError);
    assert.deepStrictEqual(error.issues.map((issue) => issue.path.join('.')).sort(), ['data', 'next', 'total']);
    assert.ok(error.issues.every((issue) => issue.message.length > 0));
    assert.equal(outcome.hits(), 1);
  });

  test('__proto__ and constructor keys in a body neither pollute nor leak', async () => {
    const city = (citiesData as City[])[0]!;
    const poisoned = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"data":[${JSON.stringify(city).replace(/^\{/, '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},')}],"total":1,"next":null}`;
    const outcome = await run('proto', () => json(poisoned));
    const page = outcome.result!;
    assert.ok(page, String(outcome.error));
    assert.deepStrictEqual(page.data, [city]);
    for (const value of [page, page.data[0]!]) {
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
      assert.ok(!Object.hasOwn(value, '__proto__') && !Object.hasOwn(value, 'constructor'));
    }
    assert.equal((page.data[0] as { isAdmin?: unknown }).isAdmin, undefined);
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
    assert.ok(!('polluted' in Object.prototype) && !('isAdmin' in Object.prototype));
  });

  test('abort in flight: NzcAbortError at once, the request is cancelled, no retry', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the user left')), 50);
    const outcome = await run(
      'abort-in-flight',
      async () => {
        await delay(1_000);
        return undefined;
      },
      {},
      { signal: controller.signal, timeout: 5_000 },
    );
    const error = failed(outcome, NzcAbortError);
    assert.equal((error.cause as Error).message, 'the user left');
    assert.ok(outcome.elapsed < 300, `${outcome.elapsed} ms`);
    assert.ok(cases.get('abort-in-flight')!.signals[0]!.aborted, 'the request the API saw was aborted');
    await sleep(300);
    assert.equal(outcome.hits(), 1);
  });

  test('abort during the backoff: NzcAbortError at once, and the pending retry never happens', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const outcome = await run(
      'abort-in-backoff',
      () => problem(503, 'Later', { 'Retry-After': '1' }),
      {},
      { signal: controller.signal },
    );
    failed(outcome, NzcAbortError);
    assert.ok(outcome.elapsed >= 190 && outcome.elapsed < 500, `${outcome.elapsed} ms`);
    await sleep(1_200);
    assert.equal(outcome.hits(), 1);
  });

  test('an already aborted signal: NzcAbortError and no request', async () => {
    const outcome = await run('abort-before', () => undefined, {}, { signal: AbortSignal.abort() });
    failed(outcome, NzcAbortError);
    await sleep(50);
    assert.equal(outcome.hits(), 0);
  });

  test('the total timeout bounds the call across retries: NzcTimeoutError after 500 ms', async () => {
    const outcome = await run(
      'total',
      async () => {
        await delay(150);
        return problem(500, 'Slow failure');
      },
      { totalTimeout: 500, retry: { limit: 10, backoffLimit: 50 } },
    );
    const error = failed(outcome, NzcTimeoutError);
    assert.equal(error.timeout, 500);
    assert.ok(outcome.hits() >= 2 && outcome.hits() <= 4, String(outcome.hits()));
    assert.ok(outcome.elapsed >= 490 && outcome.elapsed < 800, `${outcome.elapsed} ms`);
  });

  test('a Retry-After longer than the time left ends at the total timeout, not after the wait', async () => {
    const outcome = await run('total-retry-after', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } }), { totalTimeout: 400, retry: { maxRetryAfter: 5_000 } });
    assert.equal(failed(outcome, NzcTimeoutError).timeout, 400);
    assert.equal(outcome.hits(), 1);
    assert.ok(outcome.elapsed >= 390 && outcome.elapsed < 700, `${outcome.elapsed} ms`);
  });

  test('retry: false makes one attempt', async () => {
    const outcome = await run('no-retry', () => problem(500, 'Oops'), { retry: false });
    failed(outcome, NzcHttpError);
    assert.equal(outcome.hits(), 1);
  });
});

test('no unhandled promise rejection was left behind', async () => {
  assert.deepStrictEqual(await rejections.check(), []);
});
