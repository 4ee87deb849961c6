/**
 * Every answer carries X-Request-Id, readable by pages on other origins: the caller's own id
 * when it is a plain token, else one the server makes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useServer } from './helpers/server.js';

const api = useServer();

test('a valid incoming X-Request-Id is echoed, on success and on error alike', async () => {
  for (const path of ['/v1/themes', '/v1/partners?theme=bogus', '/v1/nowhere']) {
    const reply = await api.request(path, { headers: { 'X-Request-Id': 'trace-42.a' } });
    assert.equal(reply.headers.get('x-request-id'), 'trace-42.a', path);
  }
});

test('without one, or with one that is not a plain token, the server makes a fresh id per request', async () => {
  const first = await api.request('/v1/themes');
  const second = await api.request('/v1/themes', { headers: { 'X-Request-Id': 'bad id\twith spaces' } });
  const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
  for (const id of ids) assert.match(id ?? '', /^[0-9a-f-]{36}$/);
  assert.notEqual(ids[0], ids[1]);
});

test('answers that never reach a route (405, preflight, 414) carry one too, and CORS exposes it', async () => {
  const post = await api.request('/v1/themes', { method: 'POST' });
  assert.equal(post.status, 405);
  assert.ok(post.headers.get('x-request-id'));
  const preflight = await api.request('/v1/themes', {
    method: 'OPTIONS',
    headers: { Origin: 'https://partner.example', 'Access-Control-Request-Headers': 'x-request-id' },
  });
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /X-Request-Id/i);
  const long = await api.request(`/v1/partners?q=${'a'.repeat(3000)}`);
  assert.equal(long.status, 414);
  assert.ok(long.headers.get('x-request-id'));
  assert.match((await api.request('/v1/themes')).headers.get('access-control-expose-headers') ?? '', /X-Request-Id/i);
});
