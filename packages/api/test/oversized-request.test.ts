/**
 * A request line or headers over Node's 16 KiB limit never reach the app; the Node server still
 * answers it as the API answers every error: 431 with problem+json that pages on other origins
 * can read. This is the Node entry's own behaviour, so this file always runs the Node server.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { Problem } from '@nzc/schema';
import * as z from 'zod/mini';
import { startServer, type RunningServer } from '../src/node.js';

let server: RunningServer;
before(async () => {
  server = await startServer({ port: 0 });
});
after(() => server?.close());
const api = { origin: () => server.origin, request: (path: string) => fetch(`${server.origin}${path}`) };

/** Sends `head` as a raw HTTP/1.1 request and returns the whole answer as text. */
function rawRequest(head: string): Promise<string> {
  const { hostname, port } = new URL(api.origin());
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Headers(
    lines.map(
      (line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string],
    ),
  );
  return { statusLine, headers, body };
}

for (const [what, head] of [
  [
    'a header of 20 kB',
    `GET /v1/themes HTTP/1.1\r\nHost: x\r\nOrigin: https://partner.example\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
  ],
  ['a request line of 20 kB', `GET /v1/partners?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
] as const) {
  test(`${what} is answered 431 with problem+json and CORS headers`, async () => {
    const { statusLine, headers, body } = parse(await rawRequest(head));
    assert.match(statusLine, /^HTTP\/1\.1 431 /);
    assert.equal(headers.get('content-type'), 'application/problem+json');
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.equal(Number(headers.get('content-length')), new TextEncoder().encode(body).length);
    const problem = z.parse(Problem, JSON.parse(body));
    assert.equal(problem.status, 431);
    assert.equal(problem.type, '/docs/problems/#headers-too-large');
  });
}

test('the server goes on answering after it', async () => {
  await rawRequest(`GET /v1/themes HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`);
  assert.equal((await api.request('/v1/themes')).status, 200);
});
