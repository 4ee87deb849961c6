/**
 * Builds the documentation under docs/ (`pnpm run docs:build`), after `pnpm run build`:
 *
 * 1. TypeDoc (typedoc.json) writes the reference of the SDK, the schema and the widgets into
 *    docs/reference/.
 * 2. The elements reference, docs/elements/, is generated from the widgets' custom-elements
 *    manifest: attributes, properties, events, slots, CSS custom properties and parts.
 * 3. The API reference, docs/api/, is rendered from the OpenAPI document of @nzc/schema.
 * 4. Each example page under /examples/ is photographed in Chromium into
 *    docs/screenshots/<name>.png (1200 × 800), the site running in this process.
 * 5. The hand-written pages get what they share or what depends on the build, in the regions
 *    marked `<!-- nzc:name -->…<!-- /nzc:name -->`: the header and footer, the script tag of the
 *    CDN bundle with its Subresource Integrity hash, and the screenshots. So does the README.
 *
 * Every output is a function of its inputs: running it twice changes nothing (a screenshot is
 * rewritten only when its picture changed). Generated pages (reference/, elements/, api/) are
 * git-ignored; the hand-written pages and the screenshots are committed. An example page that
 * does not exist yet is skipped; one that reports an error fails the build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { inflateSync } from 'node:zlib';
import { Application, Converter, TSConfigReader, TypeDocReader } from 'typedoc';
import { startServer } from '../packages/api/src/node.js';
import { createOpenApiDocument, type OpenApiDocument } from '../packages/schema/src/openapi.js';
import { chromiumPath, launchChromium } from './lib/browser.js';
import { createSiteApp } from './serve.js';

const root = join(import.meta.dirname, '..');
const docs = join(root, 'docs');
const widgets = join(root, 'packages/widgets');

/** The pages of the header's navigation, in order. */
const navigation: { href: string; label: string }[] = [
  { href: '/docs/', label: 'Overview' },
  { href: '/docs/getting-started/', label: 'Get started' },
  { href: '/docs/configurator/', label: 'Configurator' },
  { href: '/docs/elements/', label: 'Elements' },
  { href: '/docs/theming/', label: 'Theming' },
  { href: '/docs/localisation/', label: 'Languages' },
  { href: '/docs/sdk/', label: 'SDK' },
  { href: '/docs/api/', label: 'API' },
  { href: '/docs/security/', label: 'Security and privacy' },
  { href: '/docs/deployment/', label: 'Deployment' },
  { href: '/docs/accessibility/', label: 'Accessibility' },
  { href: '/docs/reference/', label: 'TypeDoc reference' },
];

/** Pages written whole by this build (git-ignored), relative to docs/. */
const generatedPages = ['elements/index.html', 'api/index.html'];

// ─── HTML helpers ────────────────────────────────────────────────────────────────────────────

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML. */
const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (char) => entities[char]!);
/** Text with `code` spans, as HTML. */
const prose = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
/** Text with blank lines between paragraphs, as HTML paragraphs. */
const paragraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map((block) => `<p>${prose(block)}</p>`)
    .join('\n');
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A table with a caption, column headers, and cells that are HTML already. */
function table(caption: string, headers: string[], rows: string[][]): string {
  return `<table>
  <caption>${caption}</caption>
  <thead><tr>${headers.map((header) => `<th scope="col">${header}</th>`).join('')}</tr></thead>
  <tbody>
${rows.map((cells) => `    <tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n')}
  </tbody>
</table>`;
}

/** The skip link and the site header, with the current page marked. */
function header(current: string): string {
  const links = navigation
    .map(({ href, label }) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`)
    .join('\n          ');
  return `<a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
      <p class="brand"><a href="/docs/">NetZeroCities partnerships <span>documentation</span></a></p>
      <nav aria-label="Documentation">
        <ul>
          ${links}
        </ul>
      </nav>
    </header>`;
}

function footer(): string {
  return `<footer class="site-footer">
      <p>
        NetZeroCities partnerships: <a href="/examples/">examples</a> · <a href="/v1/openapi.json">OpenAPI document</a> ·
        <a href="/docs/problems/">problem types</a> · MIT licence. Data from public sources, each fact with its sources.
      </p>
    </footer>`;
}

const region = (name: string, content: string) => `<!-- nzc:${name} -->${content}<!-- /nzc:${name} -->`;

/** A whole page in the site's layout. */
function layout(options: { path: string; title: string; description: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(options.title)} · NetZeroCities partnerships</title>
    <meta name="description" content="${escapeHtml(options.description)}" />
    <link rel="icon" href="/docs/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/docs/docs.css" />
  </head>
  <body>
    ${region('header', header(options.path))}
    <main id="main" tabindex="-1">
${options.body}
    </main>
    ${region('footer', footer())}
  </body>
</html>
`;
}

// ─── 1. TypeDoc ──────────────────────────────────────────────────────────────────────────────

/** Runs TypeDoc with typedoc.json; throws on any error, invalid links included. */
async function typedoc(): Promise<void> {
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json') }, [new TypeDocReader(), new TSConfigReader()]);
  // Modules are named after their package (`@nzc/sdk`), not their folder (`sdk/src`).
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const match = /^(\w+)\/src$/.exec(module.name);
      const manifest = match && join(root, 'packages', match[1]!, 'package.json');
      if (manifest && existsSync(manifest)) module.name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name;
    }
  });
  // Lit's own comments (inherited by the elements' `styles`) link to Lit's `css`.
  app.converter.addUnknownSymbolResolver((reference) => {
    const path = reference.symbolReference?.path;
    return path?.length === 1 && path[0]!.path === 'css' ? 'https://lit.dev/docs/api/styles/#css' : undefined;
  });
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not convert the project (see above)');
  app.validate(project);
  if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors (see above)');
  const out = app.options.getValue('out');
  rmSync(out, { recursive: true, force: true });
  await app.generateDocs(project, out);
  if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors (see above)');
  unnestPermalinks(out);
}

/**
 * TypeDoc's theme puts each collapsible section's heading, with its permalink, inside the
 * section's <summary>: a link inside a button, which keyboard and screen-reader users cannot
 * reach reliably (WCAG 4.1.2, axe `nested-interactive`). The heading keeps its id, so the
 * section can still be linked to; only the nested link goes.
 */
function unnestPermalinks(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) unnestPermalinks(path);
    else if (entry.name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const fixed = html.replace(/<summary\b[\s\S]*?<\/summary>/g, (summary) => summary.replace(/<a\b[^>]*class="tsd-anchor-icon"[^>]*>[\s\S]*?<\/a>/g, ''));
      if (fixed !== html) writeFileSync(path, fixed);
    }
  }
}

// ─── 2. Elements reference ───────────────────────────────────────────────────────────────────

type Described = { name: string; description?: string; summary?: string };
type Attribute = Described & { type?: { text: string }; default?: string; fieldName?: string };
type Member = Described & {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: { text: string };
  default?: string;
  attribute?: string;
  return?: { type?: { text: string } };
  parameters?: { name: string; type?: { text: string }; optional?: boolean }[];
};
type Declaration = Described & {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { default?: string })[];
};
type Manifest = { modules: { path: string; declarations?: Declaration[] }[] };

/** An element of the manifest with its tag. */
type ElementDoc = { tag: string; declaration: Declaration; modulePath: string };

/** Preferred reading order; anything else follows, alphabetically. */
const elementOrder = ['nzc-partner-card', 'nzc-partner-list', 'nzc-theme-filter', 'nzc-city-map', 'nzc-partner-explorer'];

/**
 * The tags given by `defineElement('nzc-…', Class)` in the elements' define.ts modules, by class
 * name: the manifest only knows a tag from an element's `@tag` JSDoc or a `customElements.define`
 * call, and lacks it when an element's JSDoc has no `@tag`.
 */
function definedTags(): Map<string, string> {
  const tags = new Map<string, string>();
  const src = join(widgets, 'src');
  for (const folder of readdirSync(src)) {
    const file = join(src, folder, 'define.ts');
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/defineElement\(\s*'([a-z][a-z0-9]*-[a-z0-9-]*)'\s*,\s*(\w+)\s*\)/g)) tags.set(match[2]!, match[1]!);
  }
  return tags;
}

/** Every element of the custom-elements manifest, in reading order. */
function manifestElements(manifest: Manifest, warn: (message: string) => void = () => undefined): ElementDoc[] {
  const defined = definedTags();
  const found: ElementDoc[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      let tag = declaration.tagName;
      if (!tag && defined.has(declaration.name)) {
        tag = defined.get(declaration.name)!;
        warn(`${module.path}: ${declaration.name} has no @tag in its JSDoc, so the manifest does not name its tag; using <${tag}> from its define.ts`);
      }
      if (tag) found.push({ tag, declaration, modulePath: module.path });
    }
  }
  const rank = (tag: string) => (elementOrder.includes(tag) ? elementOrder.indexOf(tag) : elementOrder.length);
  return found.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

const isPublic = (member: Member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !/^[#_]/.test(member.name);
const typeText = (type: { text: string } | undefined) => (type ? `<code>${escapeHtml(type.text)}</code>` : '');

function elementSection({ tag, declaration }: ElementDoc): string {
  const id = tag;
  const members = declaration.members ?? [];
  const memberOf = (name: string | undefined) => members.find((member) => member.name === name);
  const parts: string[] = [];
  parts.push(`<section class="element" aria-labelledby="${id}">
<h2 id="${id}"><code>&lt;${tag}&gt;</code></h2>
${declaration.summary ? `<p class="summary">${prose(declaration.summary)}</p>` : ''}
${paragraphs(declaration.description)}
<p class="meta">Class <code>${escapeHtml(declaration.name)}</code>:
<a href="/docs/reference/classes/_nzc_widgets.${escapeHtml(declaration.name)}.html">its TypeDoc page</a>.</p>
<pre><code>&lt;${tag} api="https://api.example.org/v1"&gt;&lt;/${tag}&gt;</code></pre>`);

  const attributes = declaration.attributes ?? [];
  parts.push(`<h3 id="${id}-attributes">Attributes</h3>`);
  parts.push(
    attributes.length
      ? table(
          `Attributes of <code>&lt;${tag}&gt;</code>`,
          ['Attribute', 'Property', 'Type', 'Default', 'Description'],
          attributes.map((attribute) => {
            const member = memberOf(attribute.fieldName);
            return [
              `<code>${escapeHtml(attribute.name)}</code>`,
              attribute.fieldName ? `<code>${escapeHtml(attribute.fieldName)}</code>` : '',
              typeText(attribute.type ?? member?.type),
              attribute.default ?? member?.default ? `<code>${escapeHtml(attribute.default ?? member?.default)}</code>` : '',
              prose(attribute.description ?? member?.description ?? ''),
            ];
          }),
        )
      : '<p>None.</p>',
  );

  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = members.filter((member) => member.kind === 'field' && isPublic(member) && !member.attribute && !attributeFields.has(member.name));
  parts.push(`<h3 id="${id}-properties">Properties</h3>`);
  parts.push(
    properties.length
      ? `<p>Set from script; the properties of the attributes above are listed with them.</p>
${table(
  `Properties of <code>&lt;${tag}&gt;</code> without an attribute`,
  ['Property', 'Type', 'Description'],
  properties.map((member) => [
    `<code>${escapeHtml(member.name)}</code>${member.readonly ? ' <span class="tag">read-only</span>' : ''}`,
    typeText(member.type),
    prose(member.description ?? ''),
  ]),
)}`
      : '<p>Only those of the attributes.</p>',
  );

  const methods = members.filter((member) => member.kind === 'method' && isPublic(member));
  if (methods.length) {
    parts.push(`<h3 id="${id}-methods">Methods</h3>`);
    parts.push(
      table(
        `Methods of <code>&lt;${tag}&gt;</code>`,
        ['Method', 'Returns', 'Description'],
        methods.map((member) => [
          `<code>${escapeHtml(member.name)}(${(member.parameters ?? []).map((parameter) => escapeHtml(`${parameter.name}${parameter.optional ? '?' : ''}`)).join(', ')})</code>`,
          typeText(member.return?.type),
          prose(member.description ?? ''),
        ]),
      ),
    );
  }

  const events = declaration.events ?? [];
  parts.push(`<h3 id="${id}-events">Events</h3>`);
  parts.push(
    events.length
      ? table(
          `Events of <code>&lt;${tag}&gt;</code>`,
          ['Event', 'Description'],
          events.map((event) => [`<code>${escapeHtml(event.name)}</code>`, prose(event.description ?? '')]),
        )
      : '<p>None.</p>',
  );

  const slots = declaration.slots ?? [];
  parts.push(`<h3 id="${id}-slots">Slots</h3>`);
  parts.push(
    slots.length
      ? table(
          `Slots of <code>&lt;${tag}&gt;</code>`,
          ['Slot', 'Description'],
          slots.map((slot) => [slot.name ? `<code>${escapeHtml(slot.name)}</code>` : '(default)', prose(slot.description ?? '')]),
        )
      : '<p>None: the element renders its own content.</p>',
  );

  const properties_ = declaration.cssProperties ?? [];
  parts.push(`<h3 id="${id}-css-properties">CSS custom properties</h3>`);
  parts.push(
    properties_.length
      ? table(
          `CSS custom properties of <code>&lt;${tag}&gt;</code>`,
          ['Property', 'Description'],
          properties_.map((property) => [`<code>${escapeHtml(property.name)}</code>`, prose(property.description ?? '')]),
        )
      : '<p>Only the shared ones listed in <a href="/docs/theming/">Theming</a>.</p>',
  );

  const cssParts = declaration.cssParts ?? [];
  parts.push(`<h3 id="${id}-css-parts">CSS parts</h3>`);
  parts.push(
    cssParts.length
      ? table(
          `CSS parts of <code>&lt;${tag}&gt;</code>, for <code>::part()</code>`,
          ['Part', 'Description'],
          cssParts.map((part) => [`<code>${escapeHtml(part.name)}</code>`, prose(part.description ?? '')]),
        )
      : '<p>None.</p>',
  );
  parts.push('</section>');
  return parts.join('\n');
}

function elementsPage(elements: ElementDoc[]): string {
  const contents = elements
    .map(({ tag, declaration }) => `<li><a href="#${tag}"><code>&lt;${tag}&gt;</code></a>${declaration.summary ? `: ${prose(declaration.summary)}` : ''}</li>`)
    .join('\n');
  const body = `<h1>Elements reference</h1>
<p>
  Every element of <code>@nzc/widgets</code>, generated from its custom-elements manifest
  (<code>custom-elements.json</code>, which editors and tools read too). Each element takes the
  <code>api</code> attribute, the base URL of the API with its version, and <code>color-scheme</code>;
  the page's <code>lang</code> picks its language (see <a href="/docs/localisation/">Languages</a>).
  The shared colour, font and spacing properties are described in <a href="/docs/theming/">Theming</a>.
</p>
<nav aria-labelledby="elements-contents"><h2 id="elements-contents">Elements</h2>
<ul>
${contents}
</ul>
</nav>
${elements.map(elementSection).join('\n')}`;
  return layout({ path: '/docs/elements/', title: 'Elements reference', description: 'Attributes, properties, events, slots, CSS custom properties and parts of every element.', body });
}

// ─── 3. API reference ────────────────────────────────────────────────────────────────────────

type Schema = Record<string, unknown> & {
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
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: Schema; style?: string; explode?: boolean };
type Response = { $ref?: string; description?: string; headers?: Record<string, { $ref?: string }>; content?: Record<string, { schema: Schema }> };
type Operation = { operationId: string; summary?: string; description?: string; tags?: string[]; parameters?: Parameter[]; responses: Record<string, Response> };

const refName = (ref: string) => ref.split('/').at(-1)!;
const schemaLink = (name: string) => `<a href="#schema-${slugify(name)}"><code>${escapeHtml(name)}</code></a>`;
const literal = (value: unknown) => `<code>${escapeHtml(JSON.stringify(value))}</code>`;

/** A readable type: `string (uri) | null`, `array of Partner`, `one of "a", "b"`. */
function describeType(schema: Schema | false | undefined): string {
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
function constraints(schema: Schema): string {
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
function propertyRows(schema: Schema, prefix = ''): string[][] {
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

function operationSection(document: OpenApiDocument, path: string, method: string, operation: Operation): string {
  const base = document.servers[0]?.url ?? '';
  const id = operation.operationId;
  const parameters = operation.parameters ?? [];
  const parts: string[] = [];
  parts.push(`<section class="operation" aria-labelledby="${id}">
<h3 id="${id}"><span class="method">${method.toUpperCase()}</span> <code class="path">${escapeHtml(base + path)}</code></h3>
<p class="summary">${prose(operation.summary ?? '')}</p>
${operation.description ? paragraphs(operation.description) : ''}`);
  parts.push(
    parameters.length
      ? table(
          `Parameters of <code>${method.toUpperCase()} ${escapeHtml(base + path)}</code>`,
          ['Name', 'In', 'Required', 'Type', 'Description'],
          parameters.map((parameter) => {
            const list = parameter.schema.type === 'array' && parameter.style === 'form' && parameter.explode === false;
            const limits = constraints(parameter.schema);
            return [
              `<code>${escapeHtml(parameter.name)}</code>`,
              escapeHtml(parameter.in),
              parameter.required ? 'yes' : 'no',
              `${describeType(parameter.schema)}${list ? ', comma-separated' : ''}${limits ? `<br /><span class="constraints">${limits}</span>` : ''}`,
              prose(parameter.description ?? ''),
            ];
          }),
        )
      : '<p>No parameters.</p>',
  );
  const responses = Object.entries(operation.responses).map(([status, response]) => {
    const named = response.$ref ? refName(response.$ref) : null;
    const resolved = (named ? (document.components.responses[named] as Response) : response) ?? {};
    const content = Object.entries(resolved.content ?? {})
      .map(([type, { schema }]) => `<code>${escapeHtml(type)}</code>: ${describeType(schema)}`)
      .join('<br />');
    const headers = Object.keys(resolved.headers ?? {})
      .map((name) => `<code>${escapeHtml(name)}</code>`)
      .join(', ');
    return [`<code>${escapeHtml(status)}</code>`, prose(resolved.description ?? ''), content || 'no body', headers];
  });
  parts.push(table(`Responses of <code>${method.toUpperCase()} ${escapeHtml(base + path)}</code>`, ['Status', 'Meaning', 'Body', 'Headers'], responses));
  parts.push('</section>');
  return parts.join('\n');
}

function apiPage(document: OpenApiDocument): string {
  const base = document.servers[0]?.url ?? '';
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  const tags = [...new Set(operations.map(({ operation }) => operation.tags?.[0] ?? 'other'))];
  const tagTitle = (tag: string) => tag.charAt(0).toUpperCase() + tag.slice(1);
  const contents = operations
    .map(({ path, method, operation }) => `<li><a href="#${operation.operationId}"><code>${method.toUpperCase()} ${escapeHtml(base + path)}</code></a>: ${prose(operation.summary ?? '')}</li>`)
    .join('\n');
  const schemas = Object.entries(document.components.schemas as Record<string, Schema>)
    .map(
      ([name, schema]) => `<section class="schema" aria-labelledby="schema-${slugify(name)}">
<h3 id="schema-${slugify(name)}"><code>${escapeHtml(name)}</code></h3>
<p>${describeType({ ...schema, $ref: undefined })}${schema.additionalProperties === false ? '; no other properties' : ''}.</p>
${schema.properties ? table(`Properties of <code>${escapeHtml(name)}</code>`, ['Property', 'Type', 'Required', 'Constraints'], propertyRows(schema)) : ''}
</section>`,
    )
    .join('\n');
  const headers = Object.entries(document.components.headers as Record<string, { description?: string }>)
    .map(([name, header]) => `<dt><code>${escapeHtml(name)}</code></dt><dd>${prose(header.description ?? '')}</dd>`)
    .join('\n');
  const body = `<h1>API reference</h1>
<p class="lead">${escapeHtml(document.info.title)}, version ${escapeHtml(document.info.version)}. Rendered from the
<a href="/v1/openapi.json">OpenAPI ${escapeHtml(document.openapi)} document</a>, which the API serves and which is generated from the
same zod schemas that the API and the SDK validate with.</p>
${paragraphs(document.info.description)}
<p>Base URL: <code>${escapeHtml(base)}</code> on this server. Only <code>GET</code> (and <code>HEAD</code>, <code>OPTIONS</code>) are allowed;
errors are <code>application/problem+json</code>, described in <a href="/docs/problems/">Problem types</a>.</p>
<nav aria-labelledby="api-contents"><h2 id="api-contents">Endpoints</h2>
<ul>
${contents}
</ul>
</nav>
${tags
  .map(
    (tag) => `<h2 id="tag-${slugify(tag)}">${escapeHtml(tagTitle(tag))}</h2>
${operations
  .filter(({ operation }) => (operation.tags?.[0] ?? 'other') === tag)
  .map(({ path, method, operation }) => operationSection(document, path, method, operation))
  .join('\n')}`,
  )
  .join('\n')}
<h2 id="headers">Response headers</h2>
<dl>
${headers}
</dl>
<h2 id="schemas">Schemas</h2>
<p>The component schemas the responses refer to. Required properties are always present (possibly <code>null</code> when their type allows it).</p>
${schemas}`;
  return layout({ path: '/docs/api/', title: 'API reference', description: 'Every endpoint of the partnership data API with its parameters, responses and schemas.', body });
}

// ─── 4. Screenshots ──────────────────────────────────────────────────────────────────────────

/** The example pages linked from examples/index.html (`./name/`), and always the explorer. */
function examplePages(): { name: string; title: string }[] {
  const index = join(root, 'examples/index.html');
  const pages = new Map<string, string>();
  if (existsSync(index)) {
    for (const match of readFileSync(index, 'utf8').matchAll(/<a\s[^>]*href="(?:\.\/|\/examples\/)([a-z0-9-]+)\/?"[^>]*>([\s\S]*?)<\/a>/g)) {
      pages.set(match[1]!, match[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    }
  }
  if (!pages.has('explorer')) pages.set('explorer', 'The partner explorer');
  return [...pages].map(([name, title]) => ({ name, title }));
}

/**
 * True once the page has settled: every nzc-* element defined, and nothing anywhere (shadow
 * roots included) still marked aria-busy. Runs in the page: no named inner functions.
 */
const settled = () => {
  const stack: (Element | ShadowRoot)[] = [document.documentElement];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node instanceof Element) {
      if (node.getAttribute('aria-busy') === 'true') return false;
      if (node.localName.startsWith('nzc-') && !customElements.get(node.localName)) return false;
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
    for (const child of Array.from(node.children)) stack.push(child);
  }
  return true;
};

type Shot = { name: string; title: string; file: string };

/** The pixels of an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes), or null for any other. */
function pixels(png: Buffer): { width: number; height: number; data: Buffer } | null {
  let width = 0;
  let height = 0;
  let channels = 0;
  const chunks: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      channels = data[8] === 8 && data[12] === 0 ? ({ 2: 3, 6: 4 } as Record<number, number>)[data[9]!] ?? 0 : 0;
    }
    if (type === 'IDAT') chunks.push(data);
    at += 12 + length;
  }
  if (!channels) return null;
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const data = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? data[y * stride + x - channels]! : 0;
      const up = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const corner = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0;
      let predictor = [0, left, up, (left + up) >> 1][filter!] ?? 0;
      if (filter === 4) {
        const estimate = left + up - corner;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - corner)];
        predictor = a <= b && a <= c ? left : b <= c ? up : corner;
      }
      data[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predictor) & 255;
    }
  }
  return { width, height, data };
}

/**
 * True when two screenshots show the same picture: at most a few pixels differ (Chromium's
 * anti-aliasing of a rounded corner can vary by a shade from one run to the next), so that a
 * rebuild does not rewrite a committed image for nothing.
 */
function samePicture(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true;
  const [x, y] = [pixels(a), pixels(b)];
  if (!x || !y || x.width !== y.width || x.height !== y.height || x.data.length !== y.data.length) return false;
  let different = 0;
  for (let index = 0; index < x.data.length; index += 1) if (Math.abs(x.data[index]! - y.data[index]!) > 8) different += 1;
  return different <= 64;
}

/** Photographs each example that exists; one that does not (404) is skipped, any other failure throws. */
async function screenshots(log: (message: string) => void): Promise<Shot[]> {
  const folder = join(docs, 'screenshots');
  mkdirSync(folder, { recursive: true });
  if (!existsSync(chromiumPath)) {
    // ./scripts/start does not install a browser; the committed screenshots stay as they are.
    log(`  no Chromium at ${chromiumPath} (./scripts/test installs it): the screenshots are left as they are`);
    return examplePages()
      .map(({ name, title }) => ({ name, title, file: join(folder, `${name}.png`) }))
      .filter(({ file }) => existsSync(file));
  }
  const site = await startServer({ app: createSiteApp(), port: 0 });
  const browser = await launchChromium({ viewport: { width: 1200, height: 800 } });
  const shots: Shot[] = [];
  try {
    for (const { name, title } of examplePages()) {
      const tab = await browser.context.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(`uncaught ${error.message}`));
      tab.on('console', (message) => {
        // The browser's own request for /favicon.ico is not the page's doing.
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
      });
      try {
        await tab.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        const response = await tab.goto(`${site.origin}/examples/${name}/`, { waitUntil: 'load' });
        if (response?.status() === 404) {
          log(`  /examples/${name}/ does not exist yet: no screenshot`);
          continue;
        }
        if (!response?.ok()) throw new Error(`/examples/${name}/ answered ${response?.status()}`);
        await tab.waitForLoadState('networkidle');
        const ready = await tab.waitForFunction(settled, undefined, { timeout: 15_000 }).then(
          () => true,
          () => false,
        );
        await tab.evaluate(() => document.fonts.ready.then(() => undefined));
        // Layout that follows the data (a map fitting its box) gets a moment to come to rest.
        await tab.waitForTimeout(500);
        // A broken page makes a misleading picture: fail rather than commit it.
        if (problems.length) throw new Error(`/examples/${name}/ reported errors, no screenshot taken: ${problems.join(' | ')}`);
        if (!ready) throw new Error(`/examples/${name}/ still shows something loading after 15 s, no screenshot taken`);
        const file = join(folder, `${name}.png`);
        const image = await tab.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
        // Rewritten only when it changed, so that a rebuild leaves the committed images alone.
        const changed = !existsSync(file) || !samePicture(image, readFileSync(file));
        if (changed) writeFileSync(file, image);
        shots.push({ name, title, file });
        log(`  docs/screenshots/${name}.png${changed ? '' : ' (unchanged)'}`);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return shots;
}

// ─── 5. The hand-written pages ───────────────────────────────────────────────────────────────

const tokenNotes: Record<string, string> = {
  '--nzc-color-scheme': 'Colour scheme of the widgets: `light`, `dark` or `light dark`. Inherited; the `color-scheme` attribute sets it on one element.',
};

/**
 * The shared `--nzc-*` properties, read from the widgets' design tokens (tokens.ts) with their
 * light and dark defaults, described as the elements' JSDoc describes them.
 */
function tokensTable(elements: ElementDoc[]): string {
  const source = readFileSync(join(widgets, 'src/internal/tokens.ts'), 'utf8');
  const descriptions = new Map<string, string>();
  for (const { declaration } of elements) {
    for (const property of declaration.cssProperties ?? []) if (property.description && !descriptions.has(property.name)) descriptions.set(property.name, property.description);
  }
  const rows: string[][] = [];
  for (const match of source.matchAll(/var\((--nzc-[a-z-]+),\s*(.+?)\);?\s*$/gm)) {
    const [, name, fallback] = match as unknown as [string, string, string];
    const pair = /^light-dark\((.+?),\s*(.+)\)$/.exec(fallback);
    const [light, dark] = pair ? [pair[1]!, pair[2]!] : [fallback, fallback];
    const cell = (value: string) => (value === 'inherit' ? 'your page’s' : `<code>${escapeHtml(value)}</code>`);
    rows.push([`<code>${escapeHtml(name)}</code>`, cell(light), light === dark ? 'the same' : cell(dark), prose(tokenNotes[name] ?? descriptions.get(name) ?? '')]);
  }
  if (rows.length < 10) throw new Error(`packages/widgets/src/internal/tokens.ts: found only ${rows.length} --nzc-* properties; has its form changed?`);
  return table('The shared custom properties, with their defaults', ['Property', 'Light', 'Dark', 'What it sets'], rows);
}

/** Size of the language files, from the records the bundle's build writes beside them. */
function localeSize(): string {
  const folder = join(widgets, 'dist/cdn/locales');
  const records = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.js.json'))
        .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Bundle)
    : [];
  if (records.length === 0) return 'a few kB';
  const average = (key: 'bytes' | 'gzip') => records.reduce((sum, record) => sum + record[key], 0) / records.length;
  return `about ${kB(average('bytes'))} (${kB(average('gzip'))} with gzip)`;
}

type Bundle = { file: string; bytes: number; gzip: number; integrity: string };

function readBundle(): Bundle & { version: string } {
  const record = join(widgets, 'dist/cdn/nzc-widgets.js.json');
  if (!existsSync(record)) throw new Error('packages/widgets/dist/cdn/nzc-widgets.js.json is missing: run `pnpm run build` first');
  const bundle = JSON.parse(readFileSync(record, 'utf8')) as Bundle;
  if (!/^sha384-[A-Za-z0-9+/]{64}$/.test(bundle.integrity)) throw new Error(`${record}: not an SRI hash: ${bundle.integrity}`);
  const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as { version: string };
  return { ...bundle, version };
}

/** The script tag a partner's page carries, with placeholder hosts. */
function partnerScriptTag(bundle: Bundle & { version: string }): string {
  return `<script type="module"
        src="https://cdn.example.org/nzc-widgets/${bundle.version}/nzc-widgets.js"
        integrity="${bundle.integrity}"
        crossorigin="anonymous"></script>`;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The contents of each marked region, for a page at `path` (its URL). */
type Context = { bundle: Bundle & { version: string }; shots: Shot[]; tokens: string; localeSize: string };

function regions(path: string, { bundle, shots, tokens, localeSize }: Context, imageBase: string): Record<string, string> {
  const figures = shots
    .map(
      ({ name, title }) => `
        <figure>
          <a href="/examples/${name}/"><img src="${imageBase}${name}.png" width="1200" height="800" alt="Screenshot of the example “${escapeHtml(title)}”" /></a>
          <figcaption><a href="/examples/${name}/">${escapeHtml(title)}</a></figcaption>
        </figure>`,
    )
    .join('');
  return {
    header: header(path),
    footer: footer(),
    bundle: `<script type="module" src="/cdn/nzc-widgets.js" integrity="${bundle.integrity}" crossorigin="anonymous"></script>`,
    'script-tag': escapeHtml(partnerScriptTag(bundle)),
    integrity: escapeHtml(bundle.integrity),
    version: escapeHtml(bundle.version),
    'bundle-size': `${kB(bundle.bytes)} (${kB(bundle.gzip)} with gzip)`,
    'locale-size': localeSize,
    tokens,
    screenshots: shots.length ? `<div class="screenshots">${figures}\n      </div>` : '<p>No example pages yet.</p>',
  };
}

/** Replaces each `<!-- nzc:name -->…<!-- /nzc:name -->` region; an unknown name is an error. */
function fillRegions(text: string, values: Record<string, string>, file: string): string {
  return text.replace(/<!-- nzc:([a-z-]+) -->[\s\S]*?<!-- \/nzc:\1 -->/g, (_whole, name: string) => {
    if (!(name in values)) throw new Error(`${file}: unknown region nzc:${name}`);
    return region(name, values[name]!);
  });
}

/** The hand-written pages: every .html under docs/ but the generated ones. */
function handWrittenPages(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      const name = relative(docs, file).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!['reference', 'e2e', 'screenshots'].includes(name)) walk(file);
      } else if (name.endsWith('.html') && !generatedPages.includes(name)) found.push(name);
    }
  };
  walk(docs);
  return found.sort();
}

function refreshPages(context: Context): string[] {
  const { shots } = context;
  const written: string[] = [];
  for (const name of handWrittenPages()) {
    const file = join(docs, name);
    const path = `/docs/${name.replace(/index\.html$/, '')}`;
    const text = readFileSync(file, 'utf8');
    if (!text.includes('<!-- nzc:header -->')) throw new Error(`docs/${name} has no <!-- nzc:header --> region`);
    const next = fillRegions(text, regions(path, context, '/docs/screenshots/'), `docs/${name}`);
    if (next !== text) {
      writeFileSync(file, next);
      written.push(`docs/${name}`);
    }
  }
  // The README shows the screenshots too, from the repository.
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const next = text.replace(/<!-- nzc:screenshots -->[\s\S]*?<!-- \/nzc:screenshots -->/, () => {
    const list = shots.map(({ name, title }) => `\n<a href="docs/screenshots/${name}.png"><img src="docs/screenshots/${name}.png" width="400" alt="${escapeHtml(title)}" /></a>`).join('');
    return region('screenshots', `${list}\n`);
  });
  if (next !== text) {
    writeFileSync(readme, next);
    written.push('README.md');
  }
  return written;
}

// ─── The build ───────────────────────────────────────────────────────────────────────────────

async function main() {
  process.chdir(root);
  const started = performance.now();
  const timings: string[] = [];
  const step = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
    const from = performance.now();
    console.log(`docs: ${name}`);
    const result = await run();
    timings.push(`${name} ${((performance.now() - from) / 1000).toFixed(1)} s`);
    return result;
  };
  const warn = (message: string) => console.warn(`  warning: ${message}`);

  const bundle = readBundle();
  const manifestFile = join(widgets, 'custom-elements.json');
  if (!existsSync(manifestFile)) throw new Error('packages/widgets/custom-elements.json is missing: run `pnpm run build` first');

  await step('TypeDoc → docs/reference/', typedoc);
  const elements = await step('elements reference → docs/elements/', () => {
    const found = manifestElements(JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest, warn);
    if (found.length === 0) throw new Error('the custom-elements manifest lists no element');
    mkdirSync(join(docs, 'elements'), { recursive: true });
    writeFileSync(join(docs, 'elements/index.html'), elementsPage(found));
    console.log(`  ${found.map(({ tag }) => `<${tag}>`).join(' ')}`);
    return found;
  });
  await step('API reference → docs/api/', () => {
    const document = createOpenApiDocument();
    mkdirSync(join(docs, 'api'), { recursive: true });
    writeFileSync(join(docs, 'api/index.html'), apiPage(document));
    console.log(`  ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas`);
  });
  const shots = await step('screenshots → docs/screenshots/', () => screenshots((message) => console.log(message)));
  await step('pages', () => {
    const written = refreshPages({ bundle, shots, tokens: tokensTable(elements), localeSize: localeSize() });
    console.log(written.length ? `  updated ${written.join(', ')}` : '  up to date');
  });
  console.log(`docs: built in ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.join(', ')})`);
}

if (import.meta.main) {
  await main().catch((error: unknown) => {
    console.error(`docs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
}

