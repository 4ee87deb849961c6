/**
 * Generic OpenAPI clients send a list as repeated parameters (`theme=a&theme=b`, the default
 * form style); the API answers them exactly as the comma-separated form.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useServer } from './helpers/server.js';

const api = useServer();

test('theme=a&theme=b lists the same partners as theme=a,b', async () => {
  const joined = await api.json<{ data: { slug: string }[]; total: number }>(
    '/v1/partners?theme=mobility,energy-systems&limit=100',
  );
  const repeated = await api.json<{ data: { slug: string }[]; total: number }>(
    '/v1/partners?theme=mobility&theme=energy-systems&limit=100',
  );
  assert.ok(joined.total > 0);
  assert.deepEqual(
    repeated.data.map((partner) => partner.slug),
    joined.data.map((partner) => partner.slug),
  );
});

test('repeated country and round filters on cities match their comma-separated form', async () => {
  const joined = await api.json<{ total: number }>('/v1/cities?country=DE,FR&round=1,2');
  const repeated = await api.json<{ total: number }>('/v1/cities?country=DE&country=FR&round=1&round=2');
  assert.ok(joined.total > 0);
  assert.equal(repeated.total, joined.total);
});

test('a single-valued parameter given twice is still a 400 naming it', async () => {
  const reply = await api.request('/v1/cities?limit=5&limit=6');
  assert.equal(reply.status, 400);
  assert.deepEqual(
    (reply.body as { errors: { parameter: string }[] }).errors.map((error) => error.parameter),
    ['limit'],
  );
});
