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
      const [first] = Object.keys(wireKinds(schema));
      const repeated = parseQuery(schema, new URLSearchParams([[first!, '1'], [first!, '2']]));
      assert.equal(repeated.ok, false);
      assert.ok(!repeated.ok && repeated.errors.some((error) => error.parameter === first && /more than once/.test(error.detail)));
    });
  });
}

describe('serializeQuery', () => {
  test('writes lists comma-separated and leaves absent values out', () => {
    const params = serializeQuery({ theme: ['mobility', 'energy-systems'], limit: 5, q: undefined, associated: false, cursor: null });
    assert.equal(params.toString(), 'theme=mobility%2Cenergy-systems&limit=5&associated=false');
  });
});
