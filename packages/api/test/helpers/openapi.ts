/**
 * Checks answers against the API's OpenAPI 3.1 document: finds the response a path, method and
 * status are documented with (following $ref into components), and validates the body with
 * JSON Schema 2020-12 against the document's own component schemas.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Reply } from './server.js';

type Json = Record<string, unknown>;

export type OpenApiDoc = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; responses?: Record<string, Json>; headers?: Record<string, Json> };
};

/** Where the component schemas are registered, so `#/components/schemas/X` refs resolve. */
const DOCUMENT_ID = 'https://contract.invalid/openapi.json';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The two formats the document uses, as JSON Schema defines them. */
function addFormats(ajv: Ajv2020): void {
  // RFC 3986 URI: absolute, with a scheme.
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value) && URL.canParse(value));
  // RFC 3339 full-date, a real calendar day.
  ajv.addFormat('date', (value: string) => {
    const match = FULL_DATE.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });
}

/** Copy of `schema` whose document-local refs point at the registered document. */
function anchorRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchorRefs);
  if (schema && typeof schema === 'object') {
    const copy: Json = {};
    for (const [key, value] of Object.entries(schema)) {
      copy[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOCUMENT_ID}${value}` : anchorRefs(value);
    }
    return copy;
  }
  return schema;
}

export type Check =
  /** The operation documents this status: headers, media type and body were checked. */
  | { kind: 'documented'; errors: string[] }
  /** Not documented (another method, an unknown path); a problem body was checked against Problem. */
  | { kind: 'problem'; errors: string[] }
  /** Nothing to check it against (e.g. a preflight). */
  | { kind: 'undocumented'; errors: string[] };

export class Contract {
  readonly doc: OpenApiDoc;
  readonly ajv: Ajv2020;
  readonly #validators = new Map<string, ValidateFunction>();
  readonly #base: string;
  readonly #templates: { template: string; pattern: RegExp }[];

  constructor(doc: OpenApiDoc) {
    this.doc = doc;
    this.ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(this.ajv);
    // The wrapper is a container for refs, not a schema to apply.
    this.ajv.addVocabulary(['components']);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: doc.components.schemas } });
    this.#base = doc.servers[0]?.url.replace(/\/+$/, '') ?? '';
    this.#templates = Object.keys(doc.paths).map((template) => ({
      template,
      pattern: new RegExp(
        '^' +
          template
            .split(/(\{[^}]+\})/)
            .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join('') +
          '$',
      ),
    }));
  }

  /** Follows a local `$ref` (`#/components/...`) to what it names. */
  resolve<T = Json>(value: unknown): T {
    let current = value as Json;
    for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
      if (hops > 10) throw new Error('$ref cycle');
      const pointer = (current.$ref as string).replace(/^#\//, '').split('/');
      let target: unknown = this.doc;
      for (const segment of pointer) target = (target as Json | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (target === undefined) throw new Error(`unresolved $ref ${String(current.$ref)}`);
      current = target as Json;
    }
    return current as T;
  }

  /** The path template of the document that a request path (under the server URL) matches. */
  template(requestPath: string): string | undefined {
    const pathname = new URL(requestPath, 'http://host.invalid').pathname;
    if (!pathname.startsWith(this.#base + '/')) return undefined;
    const inner = pathname.slice(this.#base.length);
    return this.#templates.find(({ pattern }) => pattern.test(inner))?.template;
  }

  /** The documented response for a method, path and status, with refs resolved; undefined if none. */
  response(method: string, requestPath: string, status: number): Json | undefined {
    const template = this.template(requestPath);
    if (!template) return undefined;
    const operation = this.doc.paths[template]?.[method === 'HEAD' ? 'get' : method.toLowerCase()];
    const responses = operation?.responses as Json | undefined;
    const response = responses?.[String(status)];
    return response === undefined ? undefined : this.resolve(response);
  }

  /** The schema of a documented response body in a media type, with refs resolved one level. */
  schemaFor(method: string, requestPath: string, status: number, contentType: string): Json | undefined {
    const content = this.response(method, requestPath, status)?.content as Record<string, { schema?: Json }> | undefined;
    return content?.[contentType]?.schema;
  }

  /** A validator for `schema`, which may refer to the document's components. */
  validator(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.#validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(anchorRefs(schema) as Json);
      this.#validators.set(key, validate);
    }
    return validate;
  }

  /** Validates `body` against `schema`; returns readable errors (none when valid). */
  validate(schema: Json, body: unknown): string[] {
    const validate = this.validator(schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  }

  /** Checks one answer against what the document says of it. */
  check(reply: Reply): Check {
    const where = `${reply.method} ${reply.path} → ${reply.status}`;
    const response = this.response(reply.method, reply.path, reply.status);
    if (!response) {
      if (reply.contentType === 'application/problem+json') {
        return { kind: 'problem', errors: this.validate({ $ref: '#/components/schemas/Problem' }, reply.body).map((e) => `${where}: ${e}`) };
      }
      return { kind: 'undocumented', errors: [] };
    }
    const errors: string[] = [];
    for (const name of Object.keys((response.headers as Json | undefined) ?? {})) {
      if (!reply.headers.has(name)) errors.push(`${where}: documented header ${name} is missing`);
    }
    const content = response.content as Record<string, { schema?: Json }> | undefined;
    if (!content) {
      if (reply.text !== '') errors.push(`${where}: documented without a body, but has one`);
      return { kind: 'documented', errors };
    }
    const media = content[reply.contentType];
    if (!media) {
      errors.push(`${where}: Content-Type ${reply.contentType} is not one of ${Object.keys(content).join(', ')}`);
      return { kind: 'documented', errors };
    }
    if (reply.method === 'HEAD') {
      if (reply.text !== '') errors.push(`${where}: HEAD answered with a body`);
    } else if (media.schema) {
      errors.push(...this.validate(media.schema, reply.body).map((e) => `${where}: ${e}`));
    }
    return { kind: 'documented', errors };
  }
}

/** Fetches the document the server publishes. */
export async function fetchContract(origin: string): Promise<Contract> {
  const response = await fetch(`${origin}/v1/openapi.json`);
  if (response.status !== 200) throw new Error(`openapi.json answered ${response.status}`);
  return new Contract((await response.json()) as OpenApiDoc);
}
