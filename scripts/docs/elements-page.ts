/**
 * The elements reference (/docs/elements/), generated from the custom-elements manifest: for
 * each element its attributes, properties, methods, events, slots, CSS custom properties and
 * parts.
 */
import { escapeHtml, paragraphs, prose, table } from './html.js';
import { layout } from './layout.js';
import type { ElementDoc, Member } from './manifest.js';

const isPublic = (member: Member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !/^[#_]/.test(member.name);
const typeText = (type: { text: string } | undefined) => (type ? `<code>${escapeHtml(type.text)}</code>` : '');
const code = (text: string | undefined) => (text ? `<code>${escapeHtml(text)}</code>` : '');

type Table = { caption: string; headers: string[]; rows: string[][] };

/** A heading, then its table, or `none` (HTML) when there are no rows. */
function subsection(id: string, heading: string, { caption, headers, rows }: Table, none: string, intro = ''): string {
  return `<h3 id="${id}">${heading}</h3>\n${rows.length ? `${intro}${table(caption, headers, rows)}` : none}`;
}

function elementSection({ tag, declaration }: ElementDoc): string {
  const element = `<code>&lt;${tag}&gt;</code>`;
  const members = declaration.members ?? [];
  const memberOf = (name: string | undefined) => members.find((member) => member.name === name);
  const attributes = declaration.attributes ?? [];
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = members.filter((member) => member.kind === 'field' && isPublic(member) && !member.attribute && !attributeFields.has(member.name));
  const methods = members.filter((member) => member.kind === 'method' && isPublic(member));
  const described = (items: { name: string; description?: string }[] | undefined, name = (item: { name: string }) => code(item.name)) =>
    (items ?? []).map((item) => [name(item), prose(item.description ?? '')]);

  const parts = [
    `<section class="element" aria-labelledby="${tag}">
<h2 id="${tag}">${element}</h2>
${declaration.summary ? `<p class="summary">${prose(declaration.summary)}</p>` : ''}
${paragraphs(declaration.description)}
<p class="meta">Class <code>${escapeHtml(declaration.name)}</code>:
<a href="/docs/reference/classes/_nzc_widgets.${escapeHtml(declaration.name)}.html">its TypeDoc page</a>.</p>
<pre><code>&lt;${tag} api="https://api.example.org/v1"&gt;&lt;/${tag}&gt;</code></pre>`,
    subsection(
      `${tag}-attributes`,
      'Attributes',
      {
        caption: `Attributes of ${element}`,
        headers: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        rows: attributes.map((attribute) => {
          const member = memberOf(attribute.fieldName);
          return [
            code(attribute.name),
            code(attribute.fieldName),
            typeText(attribute.type ?? member?.type),
            code(attribute.default ?? member?.default),
            prose(attribute.description ?? member?.description ?? ''),
          ];
        }),
      },
      '<p>None.</p>',
    ),
    subsection(
      `${tag}-properties`,
      'Properties',
      {
        caption: `Properties of ${element} without an attribute`,
        headers: ['Property', 'Type', 'Description'],
        rows: properties.map((member) => [
          `${code(member.name)}${member.readonly ? ' <span class="tag">read-only</span>' : ''}`,
          typeText(member.type),
          prose(member.description ?? ''),
        ]),
      },
      '<p>Only those of the attributes.</p>',
      '<p>Set from script; the properties of the attributes above are listed with them.</p>\n',
    ),
  ];
  if (methods.length) {
    const signature = (member: Member) => `${member.name}(${(member.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}`).join(', ')})`;
    const rows = methods.map((member) => [code(signature(member)), typeText(member.return?.type), prose(member.description ?? '')]);
    parts.push(subsection(`${tag}-methods`, 'Methods', { caption: `Methods of ${element}`, headers: ['Method', 'Returns', 'Description'], rows }, ''));
  }
  parts.push(
    subsection(`${tag}-events`, 'Events', { caption: `Events of ${element}`, headers: ['Event', 'Description'], rows: described(declaration.events) }, '<p>None.</p>'),
    subsection(
      `${tag}-slots`,
      'Slots',
      { caption: `Slots of ${element}`, headers: ['Slot', 'Description'], rows: described(declaration.slots, (slot) => (slot.name ? code(slot.name) : '(default)')) },
      '<p>None: the element renders its own content.</p>',
    ),
    subsection(
      `${tag}-css-properties`,
      'CSS custom properties',
      { caption: `CSS custom properties of ${element}`, headers: ['Property', 'Description'], rows: described(declaration.cssProperties) },
      '<p>Only the shared ones listed in <a href="/docs/theming/">Theming</a>.</p>',
    ),
    subsection(
      `${tag}-css-parts`,
      'CSS parts',
      { caption: `CSS parts of ${element}, for <code>::part()</code>`, headers: ['Part', 'Description'], rows: described(declaration.cssParts) },
      '<p>None.</p>',
    ),
    '</section>',
  );
  return parts.join('\n');
}

export function elementsPage(elements: ElementDoc[]): string {
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
