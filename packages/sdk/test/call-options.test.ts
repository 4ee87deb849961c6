/**
 * Options of one call: its own retry policy and an `onAttempt` report of every attempt, its
 * status and the wait before it. The API is the real handler run by msw; only the failing
 * answers are injected.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createClient, NzcHttpError, type AttemptReport } from '../src/index.js';
import { baseUrl, useMockApi } from './helpers/mock-api.js';

const api = useMockApi();

const unavailable = () =>
  api.server.use(
    http.get(`${baseUrl}/themes`, () =>
      HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 }),
    ),
  );

test('retry per call overrides the client’s policy', async () => {
  unavailable();
  const nzc = createClient({ baseUrl, retry: { limit: 2, backoffLimit: 20 }, cache: false });
  for (const [retry, attempts] of [
    [0, 1],
    [false, 1],
    [{ limit: 1, backoffLimit: 20 }, 2],
    [undefined, 3],
  ] as const) {
    const before = api.requestsTo('/themes').length;
    await assert.rejects(nzc.themes.list({ retry }), NzcHttpError);
    assert.equal(api.requestsTo('/themes').length - before, attempts, `retry ${JSON.stringify(retry)}`);
  }
});

test('onAttempt hears every attempt with its status and wait, from the client and from the call', async () => {
  unavailable();
  const fromClient: AttemptReport[] = [];
  const fromCall: AttemptReport[] = [];
  const nzc = createClient({
    baseUrl,
    retry: { limit: 2, backoffLimit: 20 },
    onAttempt: (report) => fromClient.push(report),
  });
  await assert.rejects(nzc.themes.list({ onAttempt: (report) => fromCall.push(report) }), NzcHttpError);
  assert.deepStrictEqual(
    fromClient.map((report) => [report.attempt, report.status]),
    [
      [1, 503],
      [2, 503],
      [3, 503],
    ],
  );
  assert.deepStrictEqual(fromCall, fromClient);
  assert.equal(fromClient[0]!.wait, 0);
  assert.ok(
    fromClient.every((report) => report.url === `${baseUrl}/themes` && report.duration >= 0 && report.wait >= 0),
  );
});

test('an attempt that gets no answer is reported with no status and its error', async () => {
  const reports: AttemptReport[] = [];
  const nzc = createClient({ baseUrl: 'http://127.0.0.1:9/v1', retry: 0, onAttempt: (report) => reports.push(report) });
  await assert.rejects(nzc.themes.list());
  assert.equal(reports.length, 1);
  assert.equal(reports[0]!.status, null);
  assert.ok(reports[0]!.error);
});
