/**
 * The elements of the widgets' custom-elements manifest (packages/widgets/custom-elements.json),
 * each with its tag, in reading order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgets } from './paths.js';

type Described = { name: string; description?: string; summary?: string };
export type Attribute = Described & { type?: { text: string }; default?: string; fieldName?: string };
export type Member = Described & {
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
export type Declaration = Described & {
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
export type ElementDoc = { tag: string; declaration: Declaration; modulePath: string };

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

/** Every element of the manifest, in reading order; throws when the manifest is missing or lists none. */
export function manifestElements(warn: (message: string) => void): ElementDoc[] {
  const file = join(widgets, 'custom-elements.json');
  if (!existsSync(file)) throw new Error('packages/widgets/custom-elements.json is missing: run `pnpm run build` first');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
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
  if (found.length === 0) throw new Error('the custom-elements manifest lists no element');
  const rank = (tag: string) => (elementOrder.includes(tag) ? elementOrder.indexOf(tag) : elementOrder.length);
  return found.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}
