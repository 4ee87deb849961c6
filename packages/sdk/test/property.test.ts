/**
 * Property: whatever JSON a 200 carries, the SDK returns data that fits the schema, or throws
 * NzcValidationError; never anything else, never a polluted prototype. Bodies are served through
 * the `fetch` option, with no network.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { createApp } from '@nzc/api';
import { CitiesGeoJson, City, listEnvelope, Partner, Stats, Theme, Topic } from '@nzc/schema';
import { createClient, getResponseMeta, NzcValidationError, type InvalidItemPolicy, type NzcClient } from '../src/index.js';

const baseUrl = 'https://api.nzc.test/v1';
const app = createApp();
const real = async (path: string) => (await app.fetch(new Request(`${baseUrl}${path}`))).json() as Promise<Record<string, unknown>>;

const samples = {
  themes: ((await real('/themes')).data as object[]).slice(0, 3),
  topics: ((await real('/topics')).data as object[]).slice(0, 3),
  partners: ((await real('/partners?limit=4')).data as object[]),
  cities: ((await real('/cities?limit=4&country=FR,MT,NO,TR')).data as object[]),
  stats: await real('/stats'),
  geojson: await real('/cities.geojson?country=MT,BE'),
};

type Endpoint = {
  name: string;
  call: (client: NzcClient) => Promise<object>;
  /** What the result must fit. */
  schema: z.ZodMiniType;
  list: boolean;
  records: object[];
};

const endpoints: Endpoint[] = [
  { name: 'themes.list', call: (client) => client.themes.list(), schema: listEnvelope(Theme), list: true, records: samples.themes },
  { name: 'topics.list', call: (client) => client.topics.list(), schema: listEnvelope(Topic), list: true, records: samples.topics },
  { name: 'partners.list', call: (client) => client.partners.list(), schema: listEnvelope(Partner), list: true, records: samples.partners },
  { name: 'cities.list', call: (client) => client.cities.list({ limit: 5 }), schema: listEnvelope(City), list: true, records: samples.cities },
  { name: 'partners.get', call: (client) => client.partners.get('civitas'), schema: Partner, list: false, records: samples.partners },
  { name: 'cities.get', call: (client) => client.cities.get('mt-gozo'), schema: City, list: false, records: samples.cities },
  { name: 'cities.geojson', call: (client) => client.cities.geojson(), schema: CitiesGeoJson, list: false, records: [samples.geojson] },
  { name: 'stats', call: (client) => client.stats(), schema: Stats, list: false, records: [samples.stats] },
];

/** Written in place of `__proto__` while building, then renamed in the JSON text. */
const PROTO = '\u0000proto\u0000';
const toText = (value: unknown) => JSON.stringify(value).replaceAll(JSON.stringify(PROTO), '"__proto__"');

type Mutation = { at: number[]; op: 'delete' | 'replace' | 'add' | 'proto' | 'constructor'; value: unknown };

/** Applies `mutation` somewhere inside a copy of `record`, walking down by the indices in `at`. */
function mutate(record: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(record);
  let node: unknown = copy;
  for (const step of mutation.at) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') {
      if (mutation.op === 'delete') delete (node as Record<string, unknown>)[key];
      else if (mutation.op === 'replace') (node as Record<string, unknown>)[key] = mutation.value;
      return copy;
    }
    node = child;
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    const target = node as Record<string, unknown>;
    if (mutation.op === 'add') target.unexpectedField = mutation.value;
    if (mutation.op === 'proto') target[PROTO] = mutation.value;
    if (mutation.op === 'constructor') target['constructor' as string] = { prototype: mutation.value };
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.array(fc.nat(), { maxLength: 6 }),
  op: fc.constantFrom('delete', 'replace', 'add', 'proto', 'constructor'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

/** A real record, untouched or with a few changes somewhere inside it. */
const record = (records: object[]) =>
  fc.tuple(fc.constantFrom(...records), fc.array(mutation, { maxLength: 3 })).map(([base, changes]) => changes.reduce<unknown>(mutate, base));

const envelope = (records: object[]) =>
  fc
    .record({
      data: fc.array(fc.oneof({ weight: 3, arbitrary: record(records) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 5 }),
      total: fc.oneof({ weight: 4, arbitrary: fc.nat(500) }, fc.integer({ min: -5, max: -1 }), fc.double(), fc.jsonValue({ maxDepth: 1 })),
      next: fc.oneof(fc.constant(null), fc.constant(`${baseUrl}/cities?cursor=o5`), fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)')),
    })
    .chain((body) => fc.tuple(fc.constant(body), fc.array(mutation, { maxLength: 2 })))
    .map(([body, changes]) => changes.reduce<unknown>(mutate, body));

const bodyFor = (endpoint: Endpoint) =>
  endpoint.list
    ? fc.oneof({ weight: 4, arbitrary: envelope(endpoint.records) }, { weight: 1, arbitrary: fc.jsonValue() })
    : fc.oneof({ weight: 4, arbitrary: record(endpoint.records) }, { weight: 1, arbitrary: fc.jsonValue() });

/** Serves `text` as a 200 application/json, and runs `endpoint` with `policy`. */
async function serve(endpoint: Endpoint, text: string, policy: InvalidItemPolicy): Promise<{ result?: object; error?: unknown }> {
  const client = createClient({
    baseUrl,
    retry: false,
    cache: false,
    invalidItems: policy,
    fetch: async () => new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }),
  });
  try {
    return { result: await endpoint.call(client) };
  } catch (error) {
    return { error };
  }
}

function checkOutcome(endpoint: Endpoint, text: string, policy: InvalidItemPolicy, outcome: { result?: object; error?: unknown }, counts: { ok: number; invalid: number }) {
  if ('error' in outcome) {
    if (!(outcome.error instanceof NzcValidationError)) throw new Error(`${endpoint.name} threw ${String(outcome.error)} for ${text.slice(0, 200)}`);
    assert.ok(outcome.error.issues.length > 0);
    counts.invalid += 1;
    return;
  }
  const result = outcome.result!;
  const again = z.safeParse(endpoint.schema, result);
  assert.ok(again.success, `${endpoint.name} returned data that does not fit the schema for ${text.slice(0, 200)}`);
  if (endpoint.list) {
    const sent = JSON.parse(text) as { data: unknown[] };
    const skipped = getResponseMeta(result)!.skipped;
    assert.equal((result as { data: unknown[] }).data.length + skipped.length, sent.data.length, 'every item is either returned or reported as skipped');
    if (policy === 'throw') assert.equal(skipped.length, 0);
  }
  counts.ok += 1;
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

test('arbitrary and targeted JSON bodies: schema-valid data or NzcValidationError, nothing else', async (t) => {
  const before = prototypeKeys();
  const counts = { ok: 0, invalid: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...endpoints).chain((endpoint) => fc.tuple(fc.constant(endpoint), bodyFor(endpoint), fc.constantFrom<InvalidItemPolicy>('drop', 'throw'))),
      async ([endpoint, body, policy]) => {
        const text = toText(body);
        checkOutcome(endpoint, text, policy, await serve(endpoint, text, policy), counts);
      },
    ),
    { numRuns: 1_500 },
  );
  assert.deepStrictEqual(prototypeKeys(), before);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  t.diagnostic(`${counts.ok} bodies accepted, ${counts.invalid} refused`);
  // Both branches were exercised, so the property says something about each.
  assert.ok(counts.ok > 150 && counts.invalid > 150, JSON.stringify(counts));
});

test('fc.json() text on every endpoint: schema-valid data or NzcValidationError', async () => {
  const before = prototypeKeys();
  const counts = { ok: 0, invalid: 0 };
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...endpoints), fc.json(), async (endpoint, text) => {
      checkOutcome(endpoint, text, 'drop', await serve(endpoint, text, 'drop'), counts);
    }),
    { numRuns: 1_000 },
  );
  assert.deepStrictEqual(prototypeKeys(), before);
  assert.ok(counts.invalid > 0, JSON.stringify(counts));
});

test('unknown fields are tolerated at every level and left out of the result', async () => {
  for (const endpoint of endpoints) {
    const [sample] = endpoint.records;
    const body = endpoint.list ? { data: [{ ...sample, addedLater: [1, 2] }], total: 1, next: null, meta: { version: 2 } } : { ...sample, addedLater: true };
    const outcome = await serve(endpoint, JSON.stringify(body), 'throw');
    assert.ok(outcome.result, `${endpoint.name}: ${String(outcome.error)}`);
    assert.ok(!JSON.stringify(outcome.result).includes('addedLater'));
  }
});
