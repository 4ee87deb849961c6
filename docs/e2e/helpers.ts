/**
 * What the documentation's end-to-end tests share, on top of the examples' helpers (the site
 * started in-process, pages opened in Chromium with their problems recorded, axe-core): the list
 * of the documentation's pages, and waiting for the widgets on a page to settle.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { root } from '../../examples/e2e/helpers.js';

/** Waits until the widgets of the page have rendered their data (or their final state). */
export { waitForSettled as waitForWidgets } from '../../scripts/lib/browser.js';
export { assertAccessible, openPage, root, runAxe, startSite, type AxeViolation, type OpenedPage, type Site } from '../../examples/e2e/helpers.js';

/** The built documentation, as the site serves it under /docs/. */
const docs = join(root, 'dist/docs');

/** Fails clearly when `pnpm run docs:build` has not run. */
export function requireDocsBuilt(): void {
  const missing = ['reference/index.html', 'elements/index.html', 'api/index.html'].filter((file) => !existsSync(join(docs, file)));
  assert.deepEqual(missing, [], 'Generated documentation is missing: run `pnpm run build` then `pnpm run docs:build` first.');
}

/** The URL of every page of the built documentation (dist/docs/**\/index.html), TypeDoc's index included but not its other pages. */
export function docsPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      const name = relative(docs, file).split(sep).join('/');
      if (entry.isDirectory() && name !== 'reference') walk(file);
      else if (entry.name === 'index.html') pages.push(`/docs/${name.replace(/index\.html$/, '')}`);
    }
  };
  // Before the docs are built, no page: requireDocsBuilt() then says what to run.
  if (existsSync(docs)) walk(docs);
  return [...pages.sort(), '/docs/reference/index.html'];
}

/** The widgets' custom-elements manifest. */
export type Manifest = {
  modules: { path: string; declarations?: { kind: string; name: string; tagName?: string; customElement?: boolean; attributes?: { name: string }[] }[] }[];
};

export const readManifest = (): Manifest => JSON.parse(readFileSync(join(root, 'packages/widgets/custom-elements.json'), 'utf8')) as Manifest;

/** The text of `element` and of its shadow roots, whitespace collapsed. Runs in the page. */
export const deepTextOf = (selector: string) => {
  const parts: string[] = [];
  const stack: Node[] = [];
  const start = document.querySelector(selector);
  if (start) stack.push(start);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
};
