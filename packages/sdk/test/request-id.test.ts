/**
 * An HTTP error carries the response's headers and the API's X-Request-Id, to quote when
 * reporting it. Against a real Node server: msw's Node interceptor uses X-Request-Id for itself
 * and drops the caller's, so this file does not start msw.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from '@nzc/api/node';
import { createClient, NzcHttpError } from '../src/index.js';

let server: RunningServer;
before(async () => {
  server = await startServer({ port: 0 });
});
after(() => server?.close());

test('an HTTP error carries the response’s headers and the API’s request id', async () => {
  await assert.rejects(
    createClient({ baseUrl: `${server.origin}/v1`, headers: { 'X-Request-Id': 'report-7' } }).cities.get('atlantis'),
    (error: unknown) => {
      assert.ok(error instanceof NzcHttpError);
      assert.equal(error.status, 404);
      assert.equal(error.headers.get('Content-Type'), 'application/problem+json');
      assert.equal(error.requestId, 'report-7');
      return true;
    },
  );
  await assert.rejects(
    createClient({ baseUrl: `${server.origin}/v1` }).cities.get('atlantis'),
    (error: unknown) => error instanceof NzcHttpError && /^[0-9a-f-]{36}$/.test(error.requestId ?? ''),
  );
});
