/**
 * JSON Schemas of the OpenAPI document, read for people: a schema's type in a few words, its
 * bounds, and the rows of an object's properties (nested ones flattened).
 */
import { escapeHtml, slugify } from './html.js';

export type Schema = Record<string, unknown> & {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema | false;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  additionalProperties?: Schema | boolean;
};

/** The last segment of a `$ref`: `#/components/schemas/Partner` → `Partner`. */
export const refName = (ref: string): string => ref.split('/').at(-1)!;
/** The id of a component schema's section on the API page. */
export const schemaId = (name: string): string => `schema-${slugify(name)}`;
const schemaLink = (name: string) => `<a href="#${schemaId(name)}"><code>${escapeHtml(name)}</code></a>`;
const literal = (value: unknown) => `<code>${escapeHtml(JSON.stringify(value))}</code>`;

/** A readable type: `string (uri) or null`, `array of Partner`, `one of "a", "b"`. */
export function describeType(schema: Schema | false | undefined): string {
  if (schema === false) return 'nothing';
  if (!schema) return 'any';
  if (schema.$ref) return schemaLink(refName(schema.$ref));
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum) return `one of ${schema.enum.map(literal).join(', ')}`;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(describeType).join(' or ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return types.map((type) => describeType({ ...schema, type })).join(' or ');
  switch (types[0]) {
    case 'array':
      if (schema.prefixItems) return `[${schema.prefixItems.map(describeType).join(', ')}]`;
      return `array of ${describeType(schema.items)}`;
    case 'object': {
      const discriminator = Object.entries(schema.properties ?? {}).find(([, property]) => property.const !== undefined);
      return discriminator ? `object with <code>${escapeHtml(discriminator[0])}</code> ${literal(discriminator[1].const)}` : 'object';
    }
    case 'string':
      return schema.format ? `string (${escapeHtml(schema.format)})` : 'string';
    case undefined:
      return 'any';
    default:
      return escapeHtml(types[0]);
  }
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Bounds and patterns worth reading; JavaScript's safe-integer bounds are left out as noise. */
export function constraints(schema: Schema): string {
  const notes: string[] = [];
  const add = (label: string, value: unknown) => value !== undefined && notes.push(`${label} ${typeof value === 'string' ? `<code>${escapeHtml(value)}</code>` : escapeHtml(value)}`);
  if (typeof schema.minimum === 'number' && schema.minimum > -SAFE) add('minimum', schema.minimum);
  if (typeof schema.exclusiveMinimum === 'number') add('greater than', schema.exclusiveMinimum);
  if (typeof schema.maximum === 'number' && schema.maximum < SAFE) add('maximum', schema.maximum);
  add('min. length', schema.minLength);
  add('max. length', schema.maxLength);
  add('min. items', schema.minItems);
  add('max. items', schema.maxItems);
  if (typeof schema.pattern === 'string') add('pattern', schema.pattern);
  if (schema.default !== undefined) notes.push(`default ${literal(schema.default)}`);
  const item = schema.type === 'array' && schema.items ? constraints(schema.items) : '';
  if (item) notes.push(`each item: ${item}`);
  return notes.join('; ');
}

/** Rows for the properties of an object schema, nested objects flattened as `a.b` and `a[].b`. */
export function propertyRows(schema: Schema, prefix = ''): string[][] {
  const rows: string[][] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push([`<code>${escapeHtml(path)}</code>`, describeType(property), required.has(name) ? 'yes' : 'no', constraints(property)]);
    rows.push(...nestedRows(property, path));
  }
  return rows;
}

function nestedRows(schema: Schema, path: string): string[][] {
  if (schema.$ref) return [];
  if (schema.properties) return propertyRows(schema, `${path}.`);
  if (schema.type === 'array' && schema.items && !schema.items.$ref && schema.items.properties) return propertyRows(schema.items, `${path}[].`);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (!alternatives) return [];
  // Alternatives that are objects (a GeoJSON Point or MultiPoint): each one's properties, named by its discriminator.
  return alternatives.flatMap((alternative) => {
    if (alternative.anyOf || alternative.oneOf) return nestedRows(alternative, path);
    if (!alternative.properties) return [];
    const discriminator = Object.values(alternative.properties).find((property) => property.const !== undefined);
    return propertyRows(alternative, `${path}${discriminator ? ` (${String(discriminator.const)})` : ''}.`);
  });
}
