/**
 * Query strings: what the SDK writes (serializeQuery) the API reads back (parseQuery) as the
 * same query, for every query the schemas accept; and what the API accepts, written again, reads
 * back the same.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { parseQuery, serializeQuery, wireKinds } from '../src/index.js';
import { querySchemas, validQueries } from './helpers/queries.js';

/** A value as it might arrive on the wire for a parameter: well-formed or not. */
const wireValue = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$/),
  fc.stringMatching(/^[A-Z]{2}(,[A-Z]{2})*$/),
  fc.stringMatching(/^\d{1,3}(,\d{1,3})*$/),
  fc.constantFrom('true', 'false', 'name', '-name', 'awarded', 'none', 'mobility,energy-systems'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

for (const [name, schema] of Object.entries(querySchemas)) {
  describe(name, () => {
    test('every query the schema accepts survives serialising and parsing unchanged', () => {
      fc.assert(
        fc.property(validQueries(schema), (query) => {
          assert.ok(z.safeParse(schema, query).success, 'the generator makes valid queries');
          const parsed = parseQuery(schema, new URLSearchParams(serializeQuery(query).toString()));
          assert.deepEqual(parsed, { ok: true, value: { ...query } });
        }),
      );
    });

    test('every query string the parser accepts, serialised again, parses to the same query', () => {
      const names = Object.keys(wireKinds(schema));
      let accepted = 0;
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...names), wireValue, { maxKeys: 4 }), (wire) => {
          const first = parseQuery(schema, new URLSearchParams(wire));
          if (!first.ok) return;
          accepted += 1;
          const again = parseQuery(schema, serializeQuery(first.value));
          assert.deepEqual(again, first);
        }),
        { numRuns: 300 },
      );
      assert.ok(accepted > 0, 'some generated query strings are valid, so the round trip was exercised');
    });

    test('an unknown or repeated parameter is refused, naming it', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^[a-z]{1,12}$/).filter((key) => !(key in wireKinds(schema))), (unknown) => {
          const result = parseQuery(schema, new URLSearchParams({ [unknown]: 'x' }));
          assert.equal(result.ok, false);
          assert.deepEqual(!result.ok && result.errors.map((error) => error.parameter), [unknown]);
        }),
      );
      const single = Object.entries(wireKinds(schema)).find(([, kind]) => kind === 'int' || kind === 'string' || kind === 'boolean')?.[0];
      if (single) {
        const repeated = parseQuery(schema, new URLSearchParams([[single, '1'], [single, '2']]));
        assert.equal(repeated.ok, false);
        assert.ok(!repeated.ok && repeated.errors.some((error) => error.parameter === single && /more than once/.test(error.detail)));
      }
    });

    test('a list takes repeated parameters, comma-separated values, or both, as the same query', () => {
      for (const [name, kind] of Object.entries(wireKinds(schema))) {
        if (kind !== 'list' && kind !== 'int-list') continue;
        const sample = (value: URLSearchParams) => parseQuery(schema, value);
        const [a, b, c] = kind === 'int-list' ? ['1', '2', '3'] : ['zz-one', 'zz-two', 'zz-three'];
        const repeated = sample(new URLSearchParams([[name, a!], [name, b!], [name, c!]]));
        const joined = sample(new URLSearchParams([[name, `${a},${b},${c}`]]));
        const mixed = sample(new URLSearchParams([[name, `${a},${b}`], [name, c!]]));
        assert.deepEqual(repeated, joined, name);
        assert.deepEqual(mixed, joined, name);
      }
    });
  });
}

describe('serializeQuery', () => {
  test('writes lists comma-separated and leaves absent values out', () => {
    const params = serializeQuery({ theme: ['mobility', 'energy-systems'], limit: 5, q: undefined, associated: false, cursor: null });
    assert.equal(params.toString(), 'theme=mobility%2Cenergy-systems&limit=5&associated=false');
  });
});
