/**
 * The published OpenAPI document is valid OpenAPI 3.1, and what the server answers conforms to it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { assertProblem, conformsToOpenApi } from './helpers/assertions.js';
import { cities, partners } from './helpers/data.js';
import { Contract, type OpenApiDoc } from './helpers/openapi.js';
import { type Reply, useServer } from './helpers/server.js';

const api = useServer();
let contract: Contract;

/** The document as the server publishes it, read once by the first test. */
test('the server publishes its OpenAPI document', async () => {
  contract = new Contract(await api.json<OpenApiDoc>('/v1/openapi.json'));
});

/** Asserts that an answer is documented for its path, method and status, and matches it. */
function assertDocumented(reply: Reply, mediaType?: string): void {
  const check = contract.check(reply);
  assert.equal(check.kind, 'documented', `${reply.method} ${reply.path} → ${reply.status} is documented`);
  assert.deepEqual(check.errors, []);
  if (mediaType) {
    assert.equal(reply.contentType, mediaType);
    assert.ok(contract.schemaFor(reply.method, reply.path, reply.status, mediaType), 'a schema is documented for it');
  }
}

describe('the document', () => {
  test('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(contract.doc) as Record<string, unknown>);
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
    assert.match(validator.version, /^3\.1/);
  });

  test('says at its root that no operation needs credentials (security: [])', () => {
    assert.deepEqual((contract.doc as unknown as { security?: unknown }).security, []);
  });

  test('every component schema compiles as JSON Schema 2020-12', () => {
    const names = Object.keys(contract.doc.components.schemas);
    assert.ok(names.length >= 10);
    for (const name of names) assert.equal(typeof contract.validator({ $ref: `#/components/schemas/${name}` }), 'function', name);
  });

  test('the checker rejects what the schemas forbid (so that passing means something)', () => {
    const city = structuredClone(cities[0]!) as unknown as Record<string, unknown>;
    assert.deepEqual(contract.validate({ $ref: '#/components/schemas/City' }, city), []);
    assert.notDeepEqual(contract.validate({ $ref: '#/components/schemas/City' }, { ...city, country: 'germany' }), []);
    assert.notDeepEqual(contract.validate({ $ref: '#/components/schemas/City' }, { ...city, secret: true }), []);
    assert.notDeepEqual(contract.validate({ $ref: '#/components/schemas/CityList' }, { data: [city], total: 1, next: 'not a url' }), []);
    assert.notDeepEqual(contract.validate({ $ref: '#/components/schemas/Problem' }, { type: 'x', status: 400 }), []);
    assert.notDeepEqual(contract.validate({ $ref: '#/components/schemas/PartnerList' }, { data: [city], total: 1, next: null }), []);
  });

  test('every documented path answers 200 (no phantom endpoint)', async () => {
    const base = contract.doc.servers[0]!.url;
    for (const [template, operations] of Object.entries(contract.doc.paths)) {
      assert.ok(operations.get, `${template} has a GET`);
      const slug = template.startsWith('/partners/') ? partners[0]!.slug : cities[0]!.slug;
      const reply = await api.request(`${base}${template.replace('{slug}', slug)}`);
      assert.equal(reply.status, 200, template);
    }
  });

  test('every documented query parameter is one the server knows', async () => {
    const base = contract.doc.servers[0]!.url;
    let count = 0;
    for (const [template, operations] of Object.entries(contract.doc.paths)) {
      const parameters = (operations.get?.parameters ?? []) as { name: string; in: string }[];
      for (const parameter of parameters.filter((p) => p.in === 'query')) {
        const path = `${base}${template.replace('{slug}', cities[0]!.slug)}?${parameter.name}=%00`;
        const body = assertProblem(await api.request(path), 400, parameter.name);
        const error = body.errors!.find((e) => e.parameter === parameter.name)!;
        assert.doesNotMatch(error.detail, /unknown/i, `${path}: ${parameter.name} is known`);
        count += 1;
      }
    }
    assert.ok(count >= 20, `${count} parameters`);
  });
});

describe('answers conform to the document', () => {
  test('list endpoints', async () => {
    for (const path of ['/v1/partners', '/v1/partners?theme=mobility&limit=1', '/v1/cities', '/v1/cities?limit=100&sort=-population', '/v1/cities?q=atlantis']) {
      assertDocumented(await api.request(path), 'application/json');
    }
  });

  test('every partner and every city detail', async () => {
    for (const partner of partners) assertDocumented(await api.request(`/v1/partners/${partner.slug}`), 'application/json');
    for (const city of cities) assertDocumented(await api.request(`/v1/cities/${city.slug}`), 'application/json');
  });

  test('GeoJSON as application/geo+json', async () => {
    assertDocumented(await api.request('/v1/cities.geojson'), 'application/geo+json');
    assertDocumented(await api.request('/v1/cities.geojson?label=none'), 'application/geo+json');
  });

  test('stats, themes and topics', async () => {
    for (const path of ['/v1/stats', '/v1/stats?type=initiative', '/v1/themes', '/v1/topics', '/v1/openapi.json']) {
      assertDocumented(await api.request(path), 'application/json');
    }
  });

  test('304 Not Modified carries the documented headers and no body', async () => {
    for (const path of ['/v1/cities', '/v1/partners/civitas', '/v1/cities.geojson', '/v1/stats']) {
      const etag = (await api.request(path)).headers.get('etag')!;
      const reply = await api.request(path, { headers: { 'If-None-Match': etag } });
      assert.equal(reply.status, 304);
      assertDocumented(reply);
    }
  });

  test('problems: 400, 404 and 414 as application/problem+json', async () => {
    for (const [path, status] of [
      ['/v1/cities?limit=0', 400],
      ['/v1/partners?colour=green', 400],
      ['/v1/stats?theme=teleportation', 400],
      ['/v1/cities.geojson?country=usa', 400],
      ['/v1/partners/CIVITAS', 400],
      ['/v1/partners/no-such-partner', 404],
      ['/v1/cities/xx-atlantis', 404],
      [`/v1/cities?q=${'x'.repeat(2100)}`, 414],
      [`/v1/themes?q=${'x'.repeat(2100)}`, 414],
    ] as const) {
      const reply = await api.request(path);
      assert.equal(reply.status, status, path);
      assertDocumented(reply, 'application/problem+json');
    }
  });
});

conformsToOpenApi(api);
