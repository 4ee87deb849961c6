/**
 * The OpenAPI document generated from the schemas: valid OpenAPI 3.1, every reference resolves,
 * every component is sound JSON Schema 2020-12, and each operation documents exactly the query
 * parameters its schema reads, accepting every value the schema accepts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { createOpenApiDocument } from '../src/openapi.js';
import { wireKinds } from '../src/index.js';
import { querySchemas, validQueries } from './helpers/queries.js';

const document = createOpenApiDocument();

type Parameter = { name: string; in: string; schema: Record<string, unknown>; style?: string; explode?: boolean };
type Operation = { operationId: string; parameters?: Parameter[] };

const operations = Object.entries(document.paths).map(([path, item]) => ({ path, ...(item as { get: Operation }).get }));

/** The query schema each listing operation reads. */
const queryOf: Record<string, z.ZodMiniObject> = {
  listPartners: querySchemas.PartnersQuery,
  listCities: querySchemas.CitiesQuery,
  getCitiesGeoJson: querySchemas.CitiesGeoJsonQuery,
  getStats: querySchemas.StatsQuery,
};

/** Every `$ref` in the document, wherever it is. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : references(inner)));
}

const resolvePointer = (pointer: string) =>
  pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);

describe('the generated OpenAPI document', () => {
  test('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
    assert.match(validator.version, /^3\.1/);
  });

  test('every reference points inside the document, at something that exists', () => {
    const refs = references(document);
    assert.ok(refs.length > 20);
    for (const ref of new Set(refs)) {
      assert.match(ref, /^#\//, ref);
      assert.ok(resolvePointer(ref) !== undefined, `${ref} resolves`);
    }
  });

  test('every component schema compiles as strict JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    // The document is the schemas' root, so that their `#/components/schemas/…` references resolve.
    ajv.addKeyword('components');
    ajv.addSchema({ $id: 'https://contract.invalid/openapi.json', components: document.components }, 'document');
    for (const name of Object.keys(document.components.schemas)) {
      const validate = ajv.getSchema(`https://contract.invalid/openapi.json#/components/schemas/${name}`);
      assert.equal(typeof validate, 'function', name);
    }
  });

  test('operation ids are unique and each operation is a GET', () => {
    const ids = operations.map((operation) => operation.operationId);
    assert.ok(ids.every((id) => typeof id === 'string'), 'every path has a GET with an operation id');
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length >= 9);
  });

  for (const [operationId, schema] of Object.entries(queryOf)) {
    describe(operationId, () => {
      const operation = operations.find((candidate) => candidate.operationId === operationId);
      const documented = (operation?.parameters ?? []).filter((parameter) => parameter.in === 'query');

      test('documents exactly the query parameters its schema reads, lists as repeated parameters', () => {
        assert.ok(operation, `${operationId} is documented`);
        const kinds = wireKinds(schema);
        assert.deepEqual(documented.map((parameter) => parameter.name).sort(), Object.keys(kinds).sort());
        for (const parameter of documented) {
          const isList = kinds[parameter.name] === 'list' || kinds[parameter.name] === 'int-list';
          assert.deepEqual([parameter.style, parameter.explode], isList ? ['form', true] : [undefined, undefined], parameter.name);
        }
      });

      test('accepts, parameter by parameter, every query the schema accepts', () => {
        const ajv = new Ajv2020({ strict: true });
        const validators = new Map(documented.map((parameter) => [parameter.name, ajv.compile(parameter.schema)]));
        fc.assert(
          fc.property(validQueries(schema), (query) => {
            for (const [name, value] of Object.entries(query)) {
              const validate = validators.get(name)!;
              assert.ok(validate(value), `${name}=${JSON.stringify(value)}: ${ajv.errorsText(validate.errors)}`);
            }
          }),
          { numRuns: 200 },
        );
      });
    });
  }
});
