/**
 * Writes React components for the NetZeroCities elements from their custom-elements manifest
 * (`@nzc/widgets/custom-elements.json`), with @lit/react's `createComponent`: one component per
 * element, named after its tag (`nzc-partner-card` → `NzcPartnerCard`), with one `on…` prop per
 * event it fires (`nzc-filter-change` → `onNzcFilterChange`). Attributes and properties need no
 * mapping: the wrapper sets as a property whatever the element class defines.
 *
 *   node --import tsx examples/react/generate-wrappers.ts [manifest] [output]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The parts of the manifest (schema 2.x) this generator reads. */
type Manifest = { modules: Module[] };
type Module = { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] };
type Declaration = {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  events?: { name: string; description?: string }[];
};

/** One element to wrap. */
export type WrappedElement = { tagName: string; className: string; component: string; summary: string; events: { name: string; prop: string; description: string }[] };

/** `nzc-partner-card` → `NzcPartnerCard`. */
export const pascalCase = (name: string): string =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

/** `nzc-filter-change` → `onNzcFilterChange`. */
export const eventProp = (event: string): string => `on${pascalCase(event)}`;

/**
 * The elements of the manifest: every custom element with a tag name, in tag order. Each must be
 * exported by the package entry (`src/index.ts`), which the one-file bundle re-exports.
 */
export function elementsOf(manifest: Manifest, entry = 'src/index.ts'): WrappedElement[] {
  const exported = new Set((manifest.modules.find((module) => module.path === entry)?.exports ?? []).map((item) => item.name));
  const elements: WrappedElement[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.customElement || !declaration.tagName) continue;
      if (!exported.has(declaration.name)) throw new Error(`${declaration.name} (<${declaration.tagName}>) is not exported by ${entry}`);
      const events = new Map<string, string>();
      for (const event of declaration.events ?? []) if (event.name && !events.has(event.name)) events.set(event.name, event.description ?? '');
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        component: pascalCase(declaration.tagName),
        summary: declaration.summary ?? declaration.description?.split('\n\n')[0] ?? '',
        events: [...events].map(([name, description]) => ({ name, prop: eventProp(name), description })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Text for inside a block comment. */
const commentText = (text: string) => text.replace(/\*\//g, '*\u200b/').replace(/\s+/g, ' ').trim();

/**
 * Elements whose code is a file of its own beside the CDN bundle (loaded on demand by a page
 * that uses the bundle alone); a React app imports their class from that file.
 */
const ownFiles: Record<string, string> = { 'nzc-city-map': 'nzc-city-map.js' };

/** The TypeScript module of wrappers; `from` is where the element classes are imported from. */
export function wrappersSource(elements: WrappedElement[], from = '@nzc/widgets/cdn'): string {
  if (elements.length === 0) throw new Error('The manifest lists no custom element with a tag name');
  const bySource = new Map<string, WrappedElement[]>();
  for (const element of elements) {
    const source = ownFiles[element.tagName] ? `${from}/${ownFiles[element.tagName]}` : from;
    bySource.set(source, [...(bySource.get(source) ?? []), element]);
  }
  const imports = [...bySource]
    .map(([source, group]) => `import {\n${group.map((element) => `  ${element.className} as ${element.className}Element,`).join('\n')}\n} from '${source}';`)
    .join('\n');
  const components = elements.map((element) => {
    const events = element.events.map((event) => `    ${event.prop}: '${event.name}' as EventName<EventOf<'${event.name}'>>,`).join('\n');
    const eventDocs = element.events.map((event) => `\n *\n * \`${event.prop}\`: \`${event.name}\`. ${commentText(event.description)}`).join('');
    return `/**
 * \`<${element.tagName}>\`: ${commentText(element.summary)}${eventDocs}
 */
export const ${element.component} = createComponent({
  react: React,
  tagName: '${element.tagName}',
  elementClass: ${element.className}Element,
  events: {${events ? `\n${events}\n  ` : ''}},
  displayName: '${element.component}',
});
`;
  });
  return `// Generated from the custom-elements manifest of @nzc/widgets by examples/react/generate-wrappers.ts.
// Do not edit: it is written again by every build.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
${imports}

/** The event an element fires under \`name\`, as the elements declare it; a plain CustomEvent otherwise. */
type EventOf<Name extends string> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent<unknown>;

${components.join('\n')}`;
}

/** Reads the manifest and writes the wrappers; returns the elements wrapped. */
export function generateWrappers(manifestPath: string, outputPath: string): WrappedElement[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const elements = elementsOf(manifest);
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, wrappersSource(elements));
  return elements;
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..', '..');
  const [manifest = join(root, 'packages/widgets/custom-elements.json'), output = join(import.meta.dirname, 'src/generated/nzc-react.ts')] = process.argv.slice(2);
  const elements = generateWrappers(manifest, output);
  console.log(`${relative(process.cwd(), output)}: ${elements.map((element) => element.component).join(', ')}`);
}
