/**
 * The real API handler run in-process by msw (`setupServer`), one per test file, with a log of
 * every request the SDK made and every status the API answered.
 */
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { createHandlers } from '@nzc/api/msw';

export const baseUrl = 'https://api.nzc.test/v1';

export type Seen = { url: URL; headers: Headers };

export type MockApi = {
  server: ReturnType<typeof setupServer>;
  /** Requests that reached the mocked API since the last reset, in order. */
  requests: Seen[];
  /** Statuses that the mocked API answered since the last reset, in order. */
  statuses: number[];
  /** Requests whose path (under the base URL) is `path`, e.g. `/themes`. */
  requestsTo(path: string): Seen[];
};

/** Starts msw with the real handler for the file's tests; `resetHandlers` after each test unless `keepHandlers`. */
export function useMockApi(options: { keepHandlers?: boolean } = {}): MockApi {
  const server = setupServer(...createHandlers({ baseUrl }));
  const requests: Seen[] = [];
  const statuses: number[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push({ url: new URL(request.url), headers: new Headers(request.headers) });
  });
  server.events.on('response:mocked', ({ response }) => {
    statuses.push(response.status);
  });
  // Requests that no handler matches (a real closed port, a real server) go to the network.
  before(() => server.listen({ onUnhandledRequest: 'bypass' }));
  afterEach(() => {
    if (!options.keepHandlers) server.resetHandlers();
    requests.length = 0;
    statuses.length = 0;
  });
  after(() => server.close());
  const requestsTo = (path: string) => requests.filter((seen) => seen.url.href.startsWith(baseUrl) && seen.url.pathname === new URL(baseUrl).pathname + path);
  return { server, requests, statuses, requestsTo };
}

/** The API's own answer to `url`, read without the SDK. */
export async function apiAnswer(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, or fails after `ms`. */
export async function eventually(condition: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(5);
  }
}

/**
 * Collects unhandled promise rejections for the whole file; `check()` waits a little for late
 * ones and returns what was collected.
 */
export function collectUnhandledRejections(): { check(): Promise<unknown[]> } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  process.on('unhandledRejection', listener);
  after(() => void process.off('unhandledRejection', listener));
  return {
    async check() {
      await sleep(100);
      return seen;
    },
  };
}
