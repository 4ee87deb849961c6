/**
 * Builds what the examples need beyond the files as written, after the packages and the CDN
 * bundle are built (`pnpm run build` runs it last):
 *
 * - examples/embed-cdn/index.html, from index.template.html, with the `integrity` of the bundle
 *   just built: the hash changes with every build, so the page is written rather than committed.
 * - the React example: its wrappers, generated from the widgets' custom-elements manifest, and
 *   its Vite build (examples/react/dist/, served under /examples/react/), checked to hold no
 *   inline script or style, which the examples' Content-Security-Policy would refuse.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { generateWrappers } from '../examples/react/generate-wrappers.js';

const root = join(import.meta.dirname, '..');
const at = (path: string) => join(root, path);
const shown = (path: string) => relative(root, path);

export const paths = {
  bundle: at('packages/widgets/dist/cdn/nzc-widgets.js'),
  bundleRecord: at('packages/widgets/dist/cdn/nzc-widgets.js.json'),
  manifest: at('packages/widgets/custom-elements.json'),
  embedTemplate: at('examples/embed-cdn/index.template.html'),
  embedPage: at('examples/embed-cdn/index.html'),
  react: at('examples/react'),
  reactWrappers: at('examples/react/src/generated/nzc-react.ts'),
  reactDist: at('examples/react/dist'),
};

function requireBuilt(...files: string[]) {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`Missing ${missing.map(shown).join(', ')}: build the packages and the CDN bundle first (pnpm run build does both, then this).`);
  }
}

/** The CDN page with the bundle's Subresource Integrity hash written into its script tag. */
export function writeEmbedPage(): string {
  const record = JSON.parse(readFileSync(paths.bundleRecord, 'utf8')) as { integrity?: string };
  const integrity = record.integrity ?? '';
  if (!/^sha(256|384|512)-[A-Za-z0-9+/]+=*$/.test(integrity)) throw new Error(`${shown(paths.bundleRecord)} holds no integrity hash`);
  const template = readFileSync(paths.embedTemplate, 'utf8');
  const placeholder = '{{integrity}}';
  if (template.split(placeholder).length !== 2) throw new Error(`${shown(paths.embedTemplate)} must hold ${placeholder} exactly once`);
  writeFileSync(paths.embedPage, template.replace(placeholder, integrity));
  return integrity;
}

/** Tags the widgets define (`defineElement('nzc-…', …)` in each element's define.ts). */
function definedTags(): string[] {
  const source = at('packages/widgets/src');
  const tags: string[] = [];
  for (const folder of readdirSync(source, { withFileTypes: true })) {
    const define = join(source, folder.name, 'define.ts');
    if (!folder.isDirectory() || !existsSync(define)) continue;
    for (const match of readFileSync(define, 'utf8').matchAll(/defineElement\(\s*'([a-z][a-z0-9-]*)'/g)) tags.push(match[1]!);
  }
  return tags.sort();
}

/** Inline code in a built page: script elements without src, style elements, style attributes, event-handler attributes. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(match[1]!) || match[2]!.trim() !== '') found.push(match[0].slice(0, 80));
  }
  for (const match of html.matchAll(/<style\b[^>]*>/gi)) found.push(match[0]);
  for (const match of html.matchAll(/<[a-z][^>]*\s(style|on[a-z]+)\s*=[^>]*>/gi)) found.push(match[0].slice(0, 80));
  return found;
}

async function buildReact(): Promise<string[]> {
  const elements = generateWrappers(paths.manifest, paths.reactWrappers);
  const wrapped = new Set(elements.map((element) => element.tagName));
  const unwrapped = definedTags().filter((tag) => !wrapped.has(tag));
  if (unwrapped.length > 0) {
    console.warn(
      `warning: ${unwrapped.map((tag) => `<${tag}>`).join(', ')} defined by the widgets but not in the manifest as custom elements ` +
        '(no @tag in the class JSDoc?): no React wrapper for them',
    );
  }
  await build({ configFile: join(paths.react, 'vite.config.ts'), logLevel: 'warn' });
  const page = readFileSync(join(paths.reactDist, 'index.html'), 'utf8');
  const inline = inlineCode(page);
  if (inline.length > 0) throw new Error(`${shown(paths.reactDist)}/index.html holds inline code the examples' policy refuses:\n  ${inline.join('\n  ')}`);
  return elements.map((element) => element.component);
}

if (import.meta.main) {
  const started = performance.now();
  requireBuilt(paths.bundle, paths.bundleRecord, paths.manifest);
  const integrity = writeEmbedPage();
  console.log(`${shown(paths.embedPage)}: integrity="${integrity}"`);
  const components = await buildReact();
  console.log(`${shown(paths.reactWrappers)}: ${components.join(', ')}`);
  console.log(`${shown(paths.reactDist)}/: built in ${Math.round(performance.now() - started)} ms`);
}
