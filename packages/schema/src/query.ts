import * as z from 'zod/mini';
import { CountryCode, Slug } from './common.js';
import { PartnerType } from './partner.js';
import { ParticipantType } from './city.js';
import { LinkKind } from './link.js';
import type { ProblemError } from './problem.js';

/** Bounds that every implementation of the API enforces. */
export const queryLimits = {
  /** Page size when `limit` is absent. */
  defaultLimit: 20,
  /** Largest page size. */
  maxLimit: 100,
  /** Longest query string, in bytes as sent; longer ones get 414. */
  maxQueryLength: 2048,
  /** Longest free-text search. */
  maxTextLength: 100,
  /** Most values in one comma-separated list parameter. */
  maxListValues: 20,
} as const;

/** A comma-separated list parameter on the wire (`theme=mobility,energy-systems`): any of the values matches. */
const anyOf = <Item extends z.core.$ZodType>(item: Item) =>
  z.array(item).check(z.minLength(1), z.maxLength(queryLimits.maxListValues));

const Text = z.string().check(
  z.minLength(1),
  z.maxLength(queryLimits.maxTextLength),
  // Control characters never belong in a search; refusing them keeps logs and echoes clean.
  z.regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters'),
);
const Limit = z.int().check(z.gte(1), z.lte(queryLimits.maxLimit));
/** Opaque position in a list, taken from a `next` URL. */
const Cursor = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a cursor taken from a next URL'));

export const PartnerSort = z.enum(['name', '-name', 'signed', '-signed']);
export type PartnerSort = z.infer<typeof PartnerSort>;

export const CitySort = z.enum(['name', '-name', 'country', '-country', 'population', '-population', 'label', '-label']);
export type CitySort = z.infer<typeof CitySort>;

/** Filters on partners. Values within one parameter are alternatives (OR); parameters combine (AND). */
const partnerFilters = {
  /** Partners working on any of these themes. */
  theme: z.optional(anyOf(Slug)),
  /** Partners working on any of these knowledge topics. */
  topic: z.optional(anyOf(Slug)),
  /** Partners of any of these types. */
  type: z.optional(anyOf(PartnerType)),
  /** Partners working in any of these countries: linked to the country, or to one of its Mission cities. */
  country: z.optional(anyOf(CountryCode)),
  /** Partners linked to any of these Mission cities. */
  city: z.optional(anyOf(Slug)),
  /** Free text, matched case- and accent-insensitively against names, acronym and description. */
  q: z.optional(Text),
};

/** Filters on cities. Values within one parameter are alternatives (OR); parameters combine (AND). */
const cityFilters = {
  /** Cities in any of these countries. */
  country: z.optional(anyOf(CountryCode)),
  /** Cities linked to any of these partners. A link to a whole country never makes its cities match. */
  partner: z.optional(anyOf(Slug)),
  /** Participants of any of these types. */
  type: z.optional(anyOf(ParticipantType)),
  /** Cities linked to a partner working on any of these themes. */
  theme: z.optional(anyOf(Slug)),
  /** Cities linked to a partner working on any of these topics. */
  topic: z.optional(anyOf(Slug)),
  /** Cities with a partner link of any of these kinds; with `partner`, `theme` or `topic`, that link must be the one that matches. */
  'link-kind': z.optional(anyOf(LinkKind)),
  /** `false`: match only through links that are not weak (no event venue, no link through a member); `true` (default): every link. */
  'weak-links': z.optional(z.boolean()),
  /** `awarded`: cities with the Mission Label; `none`: cities without one found. */
  label: z.optional(z.enum(['awarded', 'none'])),
  /** Cities labelled in any of these award rounds (1–6). */
  round: z.optional(anyOf(z.int().check(z.gte(1), z.lte(99)))),
  /** `true`: cities in countries associated to Horizon Europe; `false`: cities in EU member states. */
  associated: z.optional(z.boolean()),
  /** Free text, matched case- and accent-insensitively against names, other names and country. */
  q: z.optional(Text),
};

const paging = {
  /** Page size, 1–100 (default 20). */
  limit: z.optional(Limit),
  /** Where the page starts; taken from the `next` URL of the previous page. */
  cursor: z.optional(Cursor),
};

export const PartnersQuery = z.strictObject({ ...partnerFilters, sort: z.optional(PartnerSort), ...paging });
export type PartnersQuery = z.infer<typeof PartnersQuery>;

export const CitiesQuery = z.strictObject({ ...cityFilters, sort: z.optional(CitySort), ...paging });
export type CitiesQuery = z.infer<typeof CitiesQuery>;

export const CitiesGeoJsonQuery = z.strictObject(cityFilters);
export type CitiesGeoJsonQuery = z.infer<typeof CitiesGeoJsonQuery>;

export const StatsQuery = z.strictObject(partnerFilters);
export type StatsQuery = z.infer<typeof StatsQuery>;

/** For endpoints that take no parameters. */
export const EmptyQuery = z.strictObject({});
export type EmptyQuery = z.infer<typeof EmptyQuery>;

/** How a query parameter is written on the wire. */
export type WireKind = 'string' | 'int' | 'boolean' | 'list' | 'int-list';

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as { type: string; innerType?: AnySchema; element?: AnySchema };

const unwrapOptional = (schema: AnySchema): AnySchema => {
  const def = defOf(schema);
  return def.type === 'optional' && def.innerType ? unwrapOptional(def.innerType) : schema;
};

/** How each parameter of a query schema is written on the wire, read from the schema itself. */
export function wireKinds(query: z.ZodMiniObject): Record<string, WireKind> {
  const kinds: Record<string, WireKind> = Object.create(null);
  for (const [name, field] of Object.entries(query.shape as Record<string, AnySchema>)) {
    const def = defOf(unwrapOptional(field));
    if (def.type === 'array') kinds[name] = def.element && defOf(def.element).type === 'number' ? 'int-list' : 'list';
    else if (def.type === 'number') kinds[name] = 'int';
    else if (def.type === 'boolean') kinds[name] = 'boolean';
    else kinds[name] = 'string';
  }
  return kinds;
}

/**
 * A plain-English message for a zod issue that does not depend on zod's locale being loaded
 * (zod/mini ships none by default, to stay small).
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${issue.maximum} values` : issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${issue.minimum} value` : issue.origin === 'string' ? `must be at least ${issue.minimum} character` : `must be at least ${issue.minimum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      // Every pattern of the contract carries a message that says what it wants.
      return issue.format === 'regex' ? issue.message : `must be a valid ${issue.format}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'a whole number' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `unknown: ${issue.keys.join(', ')}`;
    default:
      return issue.message || 'is invalid';
  }
}

/** Strict decimal integer: no sign, exponent, fraction, spaces or leading zeros. */
const INTEGER = /^(?:0|[1-9]\d{0,8})$/;

export type QueryParseResult<T> = { ok: true; value: T } | { ok: false; errors: ProblemError[] };

/**
 * Reads a query string into the typed query that `schema` describes. A list takes its values
 * comma-separated, repeated (`theme=a&theme=b`, what generic OpenAPI clients send), or both.
 * Unknown and empty parameters are errors, and so is a repeated single-valued one or anything the
 * schema refuses; each error names its parameter.
 */
export function parseQuery<Schema extends z.ZodMiniObject>(
  schema: Schema,
  params: URLSearchParams,
): QueryParseResult<z.infer<Schema>> {
  const kinds = wireKinds(schema);
  const errors: ProblemError[] = [];
  const raw: Record<string, unknown> = Object.create(null);
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const kind = Object.hasOwn(kinds, name) ? kinds[name] : undefined;
    if (!kind) {
      errors.push({ parameter: name, detail: `unknown parameter; expected one of: ${Object.keys(kinds).join(', ') || 'none'}` });
      continue;
    }
    const list = kind === 'list' || kind === 'int-list';
    if (seen.has(name) && !list) {
      errors.push({ parameter: name, detail: 'given more than once; it takes one value' });
      continue;
    }
    seen.add(name);
    if (value === '') {
      errors.push({ parameter: name, detail: 'must not be empty' });
      continue;
    }
    if (kind === 'int') {
      if (!INTEGER.test(value)) errors.push({ parameter: name, detail: 'must be a whole number' });
      else raw[name] = Number(value);
    } else if (kind === 'int-list') {
      const parts = value.split(',');
      if (!parts.every((part) => INTEGER.test(part))) errors.push({ parameter: name, detail: 'must be whole numbers separated by commas' });
      else raw[name] = [...((raw[name] as number[] | undefined) ?? []), ...parts.map(Number)];
    } else if (kind === 'boolean') {
      if (value !== 'true' && value !== 'false') errors.push({ parameter: name, detail: 'must be true or false' });
      else raw[name] = value === 'true';
    } else if (kind === 'list') {
      raw[name] = [...((raw[name] as string[] | undefined) ?? []), ...value.split(',')];
    } else {
      raw[name] = value;
    }
  }
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [name, index] = issue.path;
      const where = typeof index === 'number' ? ` (value ${index + 1})` : '';
      errors.push({ parameter: String(name ?? ''), detail: `${describeIssue(issue)}${where}` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data as z.infer<Schema> };
}

/** Writes a typed query as URL search parameters: lists comma-separated, absent values left out. */
export function serializeQuery(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}
