/**
 * The API reference (/docs/api/), rendered from the OpenAPI document of @nzc/schema: every
 * operation with its parameters and responses, the response headers, and the component schemas.
 */
import type { OpenApiDocument } from '../../packages/schema/src/openapi.js';
import { constraints, describeType, propertyRows, refName, schemaId, type Schema } from './api-schema.js';
import { escapeHtml, paragraphs, prose, slugify, table } from './html.js';
import { layout } from './layout.js';

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: Schema; style?: string; explode?: boolean };
type Response = { $ref?: string; description?: string; headers?: Record<string, { $ref?: string }>; content?: Record<string, { schema: Schema }> };
type Operation = { operationId: string; summary?: string; description?: string; tags?: string[]; parameters?: Parameter[]; responses: Record<string, Response> };
type Listed = { path: string; method: string; operation: Operation };

function parameterRow(parameter: Parameter): string[] {
  const list = parameter.schema.type === 'array' && parameter.style === 'form' && parameter.explode === false;
  const limits = constraints(parameter.schema);
  return [
    `<code>${escapeHtml(parameter.name)}</code>`,
    escapeHtml(parameter.in),
    parameter.required ? 'yes' : 'no',
    `${describeType(parameter.schema)}${list ? ', comma-separated' : ''}${limits ? `<br /><span class="constraints">${limits}</span>` : ''}`,
    prose(parameter.description ?? ''),
  ];
}

function responseRow(document: OpenApiDocument, status: string, response: Response): string[] {
  const named = response.$ref ? refName(response.$ref) : null;
  const resolved = (named ? (document.components.responses[named] as Response) : response) ?? {};
  const content = Object.entries(resolved.content ?? {})
    .map(([type, { schema }]) => `<code>${escapeHtml(type)}</code>: ${describeType(schema)}`)
    .join('<br />');
  const headers = Object.keys(resolved.headers ?? {})
    .map((name) => `<code>${escapeHtml(name)}</code>`)
    .join(', ');
  return [`<code>${escapeHtml(status)}</code>`, prose(resolved.description ?? ''), content || 'no body', headers];
}

function operationSection(document: OpenApiDocument, { path, method, operation }: Listed): string {
  const id = operation.operationId;
  const url = escapeHtml((document.servers[0]?.url ?? '') + path);
  const route = `${method.toUpperCase()} ${url}`;
  const parameters = operation.parameters ?? [];
  const responses = Object.entries(operation.responses).map(([status, response]) => responseRow(document, status, response));
  return [
    `<section class="operation" aria-labelledby="${id}">
<h3 id="${id}"><span class="method">${method.toUpperCase()}</span> <code class="path">${url}</code></h3>
<p class="summary">${prose(operation.summary ?? '')}</p>
${operation.description ? paragraphs(operation.description) : ''}`,
    parameters.length
      ? table(`Parameters of <code>${route}</code>`, ['Name', 'In', 'Required', 'Type', 'Description'], parameters.map(parameterRow))
      : '<p>No parameters.</p>',
    table(`Responses of <code>${route}</code>`, ['Status', 'Meaning', 'Body', 'Headers'], responses),
    '</section>',
  ].join('\n');
}

function schemaSection(name: string, schema: Schema): string {
  return `<section class="schema" aria-labelledby="${schemaId(name)}">
<h3 id="${schemaId(name)}"><code>${escapeHtml(name)}</code></h3>
<p>${describeType({ ...schema, $ref: undefined })}${schema.additionalProperties === false ? '; no other properties' : ''}.</p>
${schema.properties ? table(`Properties of <code>${escapeHtml(name)}</code>`, ['Property', 'Type', 'Required', 'Constraints'], propertyRows(schema)) : ''}
</section>`;
}

export function apiPage(document: OpenApiDocument): string {
  const base = document.servers[0]?.url ?? '';
  const operations: Listed[] = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  const tagOf = ({ operation }: Listed) => operation.tags?.[0] ?? 'other';
  const tags = [...new Set(operations.map(tagOf))];
  const contents = operations
    .map(({ path, method, operation }) => `<li><a href="#${operation.operationId}"><code>${method.toUpperCase()} ${escapeHtml(base + path)}</code></a>: ${prose(operation.summary ?? '')}</li>`)
    .join('\n');
  const byTag = tags
    .map(
      (tag) => `<h2 id="tag-${slugify(tag)}">${escapeHtml(tag.charAt(0).toUpperCase() + tag.slice(1))}</h2>
${operations
  .filter((listed) => tagOf(listed) === tag)
  .map((listed) => operationSection(document, listed))
  .join('\n')}`,
    )
    .join('\n');
  const headers = Object.entries(document.components.headers as Record<string, { description?: string }>)
    .map(([name, header]) => `<dt><code>${escapeHtml(name)}</code></dt><dd>${prose(header.description ?? '')}</dd>`)
    .join('\n');
  const schemas = Object.entries(document.components.schemas as Record<string, Schema>)
    .map(([name, schema]) => schemaSection(name, schema))
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
${byTag}
<h2 id="headers">Response headers</h2>
<dl>
${headers}
</dl>
<h2 id="schemas">Schemas</h2>
<p>The component schemas the responses refer to. Required properties are always present (possibly <code>null</code> when their type allows it).</p>
${schemas}`;
  return layout({ path: '/docs/api/', title: 'API reference', description: 'Every endpoint of the partnership data API with its parameters, responses and schemas.', body });
}
