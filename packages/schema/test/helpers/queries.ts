/**
 * Arbitrary valid queries for each query schema, generated from the schema itself (through its
 * JSON Schema form), so that a field added to a query is covered without touching the tests.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { CitiesGeoJsonQuery, CitiesQuery, PartnersQuery, StatsQuery } from '../../src/index.js';

export const querySchemas = { PartnersQuery, CitiesQuery, CitiesGeoJsonQuery, StatsQuery } as const;

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
};

/** Values that fit a field's JSON Schema (the few keywords the query schemas use). */
function arbitraryFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000_000 });
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 5) });
    case 'string': {
      const { minLength = 0, maxLength = 100 } = schema;
      // Well-formed Unicode only: a lone surrogate cannot travel in a URL.
      const text = schema.pattern ? fc.stringMatching(new RegExp(schema.pattern)) : fc.string({ unit: 'grapheme' });
      return text.filter((value) => value.length >= minLength && value.length <= maxLength && !/\p{Cs}/u.test(value));
    }
    default:
      throw new Error(`no arbitrary for ${JSON.stringify(schema)}`);
  }
}

/** Queries that `schema` accepts: any subset of its parameters, each with a fitting value. */
export function validQueries(schema: z.ZodMiniObject): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.core.$ZodType>).map(([name, field]) => [
      name,
      arbitraryFor(z.toJSONSchema(field, { target: 'draft-2020-12', io: 'input' }) as JsonSchema),
    ]),
  );
  return fc.record(fields, { requiredKeys: [] });
}
