/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that the API and
 * the SDK validate with, so that the three can never disagree.
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { City, CitiesGeoJson, CityFeature, Position } from './city.js';
import { HttpUrl, IsoDate } from './common.js';
import { listEnvelope } from './envelope.js';
import { Partner } from './partner.js';
import { Problem } from './problem.js';
import { CitiesGeoJsonQuery, CitiesQuery, EmptyQuery, PartnersQuery, StatsQuery, queryLimits } from './query.js';
import { Stats } from './stats.js';
import { Theme, Topic } from './taxonomy.js';

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description?: string }[];
  /** Empty: the data is public and no operation needs credentials. */
  security: [];
  paths: Record<string, unknown>;
  components: { schemas: Record<string, JsonSchema>; headers: Record<string, unknown>; responses: Record<string, unknown> };
};

/** API version of this contract; the path prefix is `/v` + its major part. */
export const apiVersion = '1.0.0';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const components = {
  Theme,
  Topic,
  Partner,
  City,
  CityFeature,
  CitiesGeoJson,
  Stats,
  Problem,
  PartnerList: listEnvelope(Partner),
  CityList: listEnvelope(City),
  ThemeList: z.object({ data: z.array(Theme), total: z.int(), next: z.null() }),
  TopicList: z.object({ data: z.array(Topic), total: z.int(), next: z.null() }),
};

const number = (minimum: number, maximum: number) => ({ type: 'number', minimum, maximum });

/**
 * Schemas that the contract checks in a way that keeps clients small (a pattern for a URL or a
 * date, a checked pair for a position), documented here as what they are.
 */
const documented = new Map<unknown, JsonSchema>([
  [HttpUrl, { format: 'uri' }],
  [IsoDate, { format: 'date' }],
  [Position, { type: 'array', prefixItems: [number(-180, 180), number(-90, 90)], minItems: 2, maxItems: 2 }],
]);
const override = ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }) => {
  const replacement = documented.get(zodSchema);
  if (!replacement) return;
  // A position's own JSON Schema (an array of longitudes) is replaced whole; the others gain a format.
  if (zodSchema === Position) for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
  Object.assign(jsonSchema, replacement);
};

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
    override,
  }) as { schemas: Record<string, JsonSchema> };
  // Each component is emitted as a standalone document; inside an OpenAPI document the
  // per-schema `$schema` and `$id` keywords are noise.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

const descriptions: Record<string, string> = {
  theme: 'Any of these theme slugs (comma-separated).',
  topic: 'Any of these knowledge-topic slugs (comma-separated).',
  type: 'Any of these types (comma-separated).',
  country: 'Any of these ISO 3166-1 alpha-2 country codes (comma-separated).',
  city: 'Any of these Mission city slugs (comma-separated).',
  partner: 'Any of these partner slugs (comma-separated).',
  'link-kind':
    'Any of these kinds of partner link (comma-separated): project-site, network-membership, award, event, governance-role, national-programme, paired-city. ' +
    'Combined with `partner`, `theme` or `topic`, the matching link must be of one of these kinds.',
  'weak-links': '`false`: ignore weak links (an event venue, a link through a member or another project); `true` (default): use every link.',
  label: '`awarded`: cities with the EU Mission Label; `none`: cities for which no award was found.',
  round: 'Any of these Mission Label award rounds (comma-separated).',
  associated: '`true`: cities in countries associated to Horizon Europe; `false`: cities in EU member states.',
  q: `Free text (at most ${queryLimits.maxTextLength} characters), matched case- and accent-insensitively.`,
  sort: 'Sort key; a leading `-` sorts descending.',
  limit: `Page size, 1–${queryLimits.maxLimit} (default ${queryLimits.defaultLimit}).`,
  cursor: 'Opaque position taken from the `next` URL of the previous page.',
};

function queryParameters(query: z.ZodMiniObject) {
  return Object.entries(query.shape as Record<string, z.core.$ZodType>).map(([name, field]) => {
    const schema = z.toJSONSchema(field, { target: 'draft-2020-12', io: 'input', override }) as JsonSchema;
    delete schema.$schema;
    const isList = schema.type === 'array';
    return {
      name,
      in: 'query',
      required: false,
      description: descriptions[name] ?? '',
      schema,
      // Repeated (`theme=a&theme=b`), as generic clients send a list; comma-separated values are accepted too.
      ...(isList ? { style: 'form', explode: true } : {}),
    };
  });
}

const slugParameter = (what: string) => ({
  name: 'slug',
  in: 'path',
  required: true,
  description: `Slug of the ${what}.`,
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 80 },
});

const cachedHeaders = {
  ETag: { $ref: '#/components/headers/ETag' },
  'Cache-Control': { $ref: '#/components/headers/CacheControl' },
};

function ok(description: string, schemaId: string, mediaType = 'application/json') {
  return { description, headers: cachedHeaders, content: { [mediaType]: { schema: ref(schemaId) } } };
}

function get(options: {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  query: z.ZodMiniObject;
  pathParameter?: ReturnType<typeof slugParameter>;
  success: ReturnType<typeof ok>;
}) {
  const responses: Record<string, unknown> = {
    200: options.success,
    304: { $ref: '#/components/responses/NotModified' },
    400: { $ref: '#/components/responses/BadRequest' },
    414: { $ref: '#/components/responses/UriTooLong' },
  };
  if (options.pathParameter) responses[404] = { $ref: '#/components/responses/NotFound' };
  return {
    get: {
      operationId: options.operationId,
      summary: options.summary,
      description: options.description,
      tags: options.tags,
      parameters: [...(options.pathParameter ? [options.pathParameter] : []), ...queryParameters(options.query)],
      responses,
    },
  };
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** Builds the OpenAPI 3.1 document of the API. */
export function createOpenApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'NetZeroCities partnership data API',
      version: apiVersion,
      description:
        'Partners of NetZeroCities, the platform of the EU Cities Mission, their partnerships, the 112 Mission cities, ' +
        'and the themes and knowledge topics that organise them. Every fact carries its sources and a certainty; ' +
        'no objective or progress figure is served without a source, and the only illustrative data (stand-in map points) is flagged as such. ' +
        'Partners link to the Mission cities and countries they work in, each link typed, sourced and marked when weak. ' +
        'Lists are paginated: follow `next` until it is null. ' +
        'Every 200 carries a strong ETag and answers a matching If-None-Match with 304. ' +
        'Errors are application/problem+json (RFC 9457) naming the parameter at fault.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/v1', description: 'This server' }],
    // Said explicitly, so that tools (and readers) know no operation needs credentials.
    security: [],
    paths: {
      '/partners': get({
        operationId: 'listPartners',
        summary: 'List partners',
        description: 'Partners of NetZeroCities, filtered, sorted and paginated.',
        tags: ['partners'],
        query: PartnersQuery,
        success: ok('A page of partners.', 'PartnerList'),
      }),
      '/partners/{slug}': get({
        operationId: 'getPartner',
        summary: 'Get a partner',
        description: 'One partner with its aims, partnership, sourced objectives, joint activities, facts, and its links to the Mission cities and countries it works in.',
        tags: ['partners'],
        query: EmptyQuery,
        pathParameter: slugParameter('partner'),
        success: ok('The partner.', 'Partner'),
      }),
      '/cities': get({
        operationId: 'listCities',
        summary: 'List Mission cities',
        description: 'The 112 Mission cities, filtered, sorted and paginated. Partner, theme and topic filters match through the partners\' links to each city, never through a link to its whole country.',
        tags: ['cities'],
        query: CitiesQuery,
        success: ok('A page of cities.', 'CityList'),
      }),
      '/cities/{slug}': get({
        operationId: 'getCity',
        summary: 'Get a Mission city',
        description: 'One Mission city with its points, Mission Label, and the partners\' links to it.',
        tags: ['cities'],
        query: EmptyQuery,
        pathParameter: slugParameter('city'),
        success: ok('The city.', 'City'),
      }),
      '/cities.geojson': get({
        operationId: 'getCitiesGeoJson',
        summary: 'Mission cities as GeoJSON',
        description: 'Every matching city as a GeoJSON feature (RFC 7946), unpaginated; null geometry for a city with no point.',
        tags: ['cities'],
        query: CitiesGeoJsonQuery,
        success: ok('A GeoJSON FeatureCollection.', 'CitiesGeoJson', 'application/geo+json'),
      }),
      '/themes': get({
        operationId: 'listThemes',
        summary: 'List themes',
        description: 'The thematic areas.',
        tags: ['taxonomy'],
        query: EmptyQuery,
        success: ok('All themes.', 'ThemeList'),
      }),
      '/topics': get({
        operationId: 'listTopics',
        summary: 'List knowledge topics',
        description: 'The knowledge topics.',
        tags: ['taxonomy'],
        query: EmptyQuery,
        success: ok('All topics.', 'TopicList'),
      }),
      '/stats': get({
        operationId: 'getStats',
        summary: 'Counts for filters',
        description: 'Partner counts per theme, topic, type and country (under the given partner filters), city counts, and the figures the sources give, with their sources.',
        tags: ['stats'],
        query: StatsQuery,
        success: ok('The counts.', 'Stats'),
      }),
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          tags: ['meta'],
          responses: {
            200: { description: 'The OpenAPI document.', headers: cachedHeaders, content: { 'application/json': { schema: { type: 'object' } } } },
            304: { $ref: '#/components/responses/NotModified' },
            400: { $ref: '#/components/responses/BadRequest' },
            414: { $ref: '#/components/responses/UriTooLong' },
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: { description: 'Strong validator of the representation.', schema: { type: 'string' } },
        CacheControl: { description: 'How long the response may be reused.', schema: { type: 'string' } },
      },
      responses: {
        NotModified: { description: 'The representation matching If-None-Match is still current.', headers: cachedHeaders },
        BadRequest: problemResponse('A parameter is malformed or unknown; `errors` names each one.'),
        NotFound: problemResponse('No record has that slug.'),
        UriTooLong: problemResponse(`The query string is longer than ${queryLimits.maxQueryLength} bytes.`),
      },
    },
  };
}
